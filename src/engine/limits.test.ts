import { analyze } from "./analyze";
import { createContext, DEFAULT_SETTINGS } from "./context";
import { LIMITS } from "./limits";
import { emptySnapshot, type MessageSnapshot } from "./message";
import type { Rule } from "./rules/support/rule";

const lists = {
  protected: [{ domain: "senate.gov", name: "U.S. Senate", category: "government" }],
  spoofs: [],
  allow: [],
};
const context = createContext(lists, DEFAULT_SETTINGS, new Date("2026-01-01T00:00:00Z"));
const spanish = createContext(
  lists,
  { ...DEFAULT_SETTINGS, language: "es" },
  new Date("2026-01-01T00:00:00Z"),
);

function message(extra: Partial<MessageSnapshot> = {}, headers = ""): MessageSnapshot {
  return {
    ...emptySnapshot("eml"),
    rawHeaders: `From: Ana <ana@campaign.example>\r\n${headers}Subject: hi\r\n\r\n`,
    from: { name: "Ana", address: "ana@campaign.example" },
    subject: "hi",
    ...extra,
  };
}

const programs = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    name: `f${i + 1}.exe`,
    contentType: "application/octet-stream",
    size: 10,
    inline: false,
  }));

describe("budgets for hostile input", () => {
  it("keeps a rule's five strongest findings, the last counting the rest, and says so in JSON", () => {
    const analysis = analyze(message({ attachments: programs(10_000) }), context);
    const risky = analysis.findings.filter((f) => f.rule === "attachment-risk");
    expect(risky).toHaveLength(LIMITS.findingsPerRule);
    // 10,000 attachments: 500 are looked at, five findings are listed, 495 more counted.
    expect(risky.map((f) => f.more)).toEqual([undefined, undefined, undefined, undefined, 495]);
    expect(analysis.truncated).toEqual({ attachments: 9_500, findings: { "attachment-risk": 495 } });
    expect(analysis.verdict).not.toBe("ok");
    const limits = analysis.incomplete.find((i) => i.rule === "limits");
    expect(limits?.reason).toContain("9500 attachments");
  });

  it("keeps the most severe findings when a rule reports more than it may list", () => {
    const links = Array.from(
      { length: 30 },
      (_, i) =>
        `<a href="https://mail-${i}.example.org/">x</a><a href="https://senate.gov-login${i}.com/">y</a>`,
    ).join("");
    const analysis = analyze(message({ bodyHtml: links }), context);
    const lookalikes = analysis.findings.filter((f) => f.rule === "link-lookalike-domain");
    expect(lookalikes).toHaveLength(LIMITS.findingsPerRule);
    expect(lookalikes[LIMITS.findingsPerRule - 1].more).toBe(30 - LIMITS.findingsPerRule);
  });

  it("lists the most severe reports first when it must leave some out", () => {
    const noisy: Rule = {
      id: "noisy",
      meta: {
        category: "links",
        severity: "caution",
        tip: "x",
        docs: "",
        messages: {
          n: {
            title: { en: (d: { n: number }) => `n${d.n}`, es: () => "" },
            detail: { en: () => "", es: () => "" },
          },
        },
      },
      check: () =>
        Array.from({ length: 9 }, (_, n) => ({
          message: "n",
          data: { n },
          evidence: {},
          ...(n === 7 ? { severity: "dangerous" as const } : {}),
        })),
    } as unknown as Rule;
    const analysis = analyze(message(), context, [noisy]);
    expect(analysis.findings.map((f) => f.title)).toEqual(["n7", "n0", "n1", "n2", "n3"]);
    expect(analysis.findings[4].more).toBe(4);
    expect(analysis.truncated?.findings).toEqual({ noisy: 4 });
  });

  it("reads at most LIMITS.receivedHops Received lines and counts the rest", () => {
    const received =
      "Received: from a.example (a.example [192.0.2.1]) by b.example; Thu, 1 Jan 2026 00:00:00 +0000\r\n";
    const analysis = analyze(message({}, received.repeat(LIMITS.receivedHops + 40)), context);
    expect(analysis.truncated?.receivedHops).toBe(40);
    expect(analysis.incomplete.map((i) => i.rule)).toContain("limits");
  });

  it("cuts recipient and Reply-To lists to their budget, and says so in the reader's language", () => {
    const many = Array.from({ length: LIMITS.addresses + 7 }, (_, i) => ({
      name: "",
      address: `r${i}@campaign.example`,
    }));
    const analysis = analyze(message({ to: many, replyTo: many }), spanish);
    expect(analysis.truncated?.addresses).toBe(14);
    expect(analysis.incomplete.find((i) => i.rule === "limits")?.reason).toContain(
      "14 direcciones de destinatarios o Reply-To",
    );
  });

  it("marks the links past the cap as unchecked", () => {
    const body = Array.from(
      { length: LIMITS.links + 1 },
      (_, i) => `<a href="https://h${i}.example.org/">x</a>`,
    ).join("");
    const analysis = analyze(message({ bodyHtml: body }), context);
    expect(analysis.links?.rows).toHaveLength(LIMITS.links);
    expect(analysis.truncated?.links).toBe(true);
    expect(analysis.incomplete.find((i) => i.rule === "limits")?.reason).toContain(
      "links past the first 2,000",
    );
  });

  it("adds nothing to an ordinary message", () => {
    const analysis = analyze(message({ attachments: programs(3) }), context);
    expect(analysis.truncated).toBeUndefined();
    expect(analysis.findings.every((f) => f.more === undefined)).toBe(true);
  });
});
