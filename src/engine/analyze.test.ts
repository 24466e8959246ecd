import { analyze } from "./analyze";
import { RULES } from "./rules";
import { createContext, DEFAULT_SETTINGS } from "./context";
import { emptySnapshot, type MessageSnapshot } from "./message";
import type { Rule } from "./rules/support/rule";

const lists = {
  protected: [{ domain: "senate.gov", name: "U.S. Senate", category: "government" }],
  spoofs: [
    {
      domain: "adfs-senate.services",
      imitates: ["senate.gov"],
      technique: "brand-token",
      source: "https://example.org/case",
      reported: "2018-08-20",
    },
  ],
  allow: [],
};
const context = createContext(lists, DEFAULT_SETTINGS, new Date("2026-01-01T00:00:00Z"));

function message(from: string, extra: Partial<MessageSnapshot> = {}): MessageSnapshot {
  return {
    ...emptySnapshot("eml"),
    rawHeaders: `From: ${from}\r\n`,
    from: { name: "", address: from },
    ...extra,
  };
}

const throwing: Rule = {
  id: "always-throws",
  meta: { category: "sender", severity: "dangerous", tip: "x", docs: "", messages: {} },
  check() {
    throw new Error("boom");
  },
};

describe("analyze", () => {
  it("is ok with no findings for a normal sender", () => {
    const result = analyze(message("alice@example.org"), context);
    expect(result.verdict).toBe("ok");
    expect(result.findings).toEqual([]);
    expect(result.incomplete).toEqual([]);
  });

  it("calls a sender on the spoof list dangerous", () => {
    const result = analyze(message("it@adfs-senate.services"), context);
    expect(result.verdict).toBe("dangerous");
    expect(result.findings[0]).toMatchObject({ rule: "sender-known-spoof", severity: "dangerous" });
  });

  it("turns a throwing rule into an incomplete entry and keeps the other rules' findings", () => {
    const result = analyze(message("it@adfs-senate.services"), context, [throwing, ...RULES]);
    expect(result.verdict).toBe("dangerous");
    expect(result.incomplete).toEqual([{ rule: "always-throws", reason: expect.stringContaining("boom") }]);
    expect(result.stats).toMatchObject({ rulesRun: RULES.length + 1, rulesFailed: 1 });
  });

  it("says when headers or the From address are missing instead of looking clean", () => {
    const result = analyze({ ...emptySnapshot("outlook") }, context);
    expect(result.verdict).toBe("ok");
    expect(result.incomplete.map((i) => i.rule)).toEqual(["headers", "from"]);
  });

  it("says that links, attachments and text went unchecked when only headers were given", () => {
    const headersOnly = { ...message("jane@example.org"), source: "headers" as const };
    const result = analyze(headersOnly, context);
    expect(result.incomplete.map((i) => i.rule)).toEqual(["body"]);
    const spanish = { ...context, settings: { ...context.settings, language: "es" as const } };
    expect(analyze(headersOnly, spanish).incomplete[0].reason).toMatch(/enlaces/);
  });

  it("produces JSON-serialisable output", () => {
    const result = analyze(message("it@adfs-senate.services"), context);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});
