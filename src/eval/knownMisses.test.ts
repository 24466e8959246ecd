import type { MessageRecord } from "./evaluate";
import { silentMissesOf } from "./evaluate";
import { MISS_REASONS, KNOWN_MISSES } from "./knownMisses";

const record = (label: string, extra: Partial<MessageRecord> = {}): MessageRecord => ({
  corpus: "phishing-tune",
  kind: "phishing",
  half: "checking",
  label,
  noFrom: false,
  rulesFailed: 0,
  findings: [],
  verdict: "ok",
  ...extra,
});

describe("silent misses", () => {
  const misses = {
    "phishing-tune/a.eml": { reason: "hijacked-mailbox" as const, note: "a university account's loan offer" },
  };

  it("counts phishing left at ok with nothing found, by known reason, and the unexplained ones", () => {
    const result = silentMissesOf(
      [
        record("phishing-tune/a.eml"),
        record("phishing-tune/b.eml"),
        record("phishing-tune/c.eml", {
          verdict: "caution",
          findings: [{ rule: "r", severity: "caution", title: "t" }],
        }),
        record("modern-ham/d.eml", { kind: "ham" }),
      ],
      misses,
    );
    expect(result).toEqual({ count: 2, byReason: { "hijacked-mailbox": 1 }, unexplained: 1 });
  });

  it("gives every listed miss a known reason and a note", () => {
    for (const [name, miss] of Object.entries(KNOWN_MISSES)) {
      expect(name).toMatch(/^phishing-(tune|extra)\/[^/]+\.eml$/);
      expect(Object.keys(MISS_REASONS)).toContain(miss.reason);
      expect(miss.note.trim().length).toBeGreaterThan(10);
    }
  });
});
