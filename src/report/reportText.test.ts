import { LANGUAGES } from "../engine";
import { dialogText, noticeText, place, whenText } from "./outcomeText";
import { REPORT_TEXT } from "./reportText";
import type { ReportOutcome } from "./submitReport";

function leaves(node: unknown, path = ""): [string, unknown][] {
  if (node && typeof node === "object")
    return Object.entries(node).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [[path, node]];
}

const OUTCOMES: ReportOutcome[] = [
  { kind: "sent", mode: "graph", destination: "security@rivera-for-senate.example" },
  { kind: "sent", mode: "webhook", destination: "https://hooks.example.org/cg?x=1" },
  {
    kind: "queued",
    mode: "webhook",
    destination: "https://hooks.example.org/cg",
    nextAttemptAt: 0,
    reason: "server",
    needsSignIn: false,
  },
  {
    kind: "queued",
    mode: "graph",
    destination: "sec@x.org",
    nextAttemptAt: 0,
    reason: "sign-in",
    needsSignIn: true,
  },
  { kind: "already", destination: "sec@x.org", sentAt: Date.UTC(2026, 2, 2) },
  { kind: "failed", mode: "graph", destination: "sec@x.org", reason: "rejected", status: 403 },
  { kind: "composed", target: "sec@x.org" },
  { kind: "composed", target: null },
  { kind: "not-configured" },
  { kind: "misconfigured", missing: "clientId" },
];

describe("report words", () => {
  it("has every key in both languages, each filled in", () => {
    const english = leaves(REPORT_TEXT.en).map(([k]) => k);
    for (const language of LANGUAGES) {
      const own = leaves(REPORT_TEXT[language]);
      expect(own.map(([k]) => k)).toEqual(english);
      for (const [key, value] of own) {
        expect([key, typeof value === "string" || typeof value === "function"]).toEqual([key, true]);
        if (typeof value === "string") expect([key, value.trim().length > 0]).toEqual([key, true]);
      }
    }
  });

  it("every outcome has a dialog text and a notice within 150 characters, in both languages", () => {
    for (const language of LANGUAGES) {
      for (const outcome of OUTCOMES) {
        expect(
          dialogText(outcome, language, { now: 0, verdict: "dangerous", after: "junk" }).trim(),
        ).not.toBe("");
        const notice = noticeText(outcome, language, 0);
        expect(notice.length).toBeLessThanOrEqual(150);
      }
    }
    expect(dialogText(OUTCOMES[5], "en", { now: 0, after: "junk" })).toContain(
      "your organisation has not allowed CampaignGuard to send mail",
    );
  });

  it("names a webhook by its host and says when a retry comes", () => {
    expect(place("https://hooks.example.org/cg?token=secret")).toBe("hooks.example.org");
    expect(place("sec@x.org")).toBe("sec@x.org");
    expect(whenText(5 * 60_000, 0, "en")).toBe("in about 5 minutes");
    expect(whenText(2 * 3_600_000, 0, "es")).toBe(
      "la próxima vez que abra CampaignGuard o denuncie un mensaje",
    );
  });
});
