import { readdirSync } from "node:fs";
import { THRESHOLDS, WEIGHTS } from "../score/weights";
import { hasTip, tipFor } from "../tips/tips";
import { LANGUAGES } from "../words/language";
import { RULES } from ".";

describe("the rule registry", () => {
  it("has unique ids, each the name of its own file", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const files = readdirSync(__dirname)
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "index.ts")
      .map((f) => f.replace(/\.ts$/, ""));
    expect([...files].sort()).toEqual([...ids].sort());
    for (const id of ids) expect(readdirSync(__dirname)).toContain(`${id}.test.ts`);
  });

  it.each(RULES.map((r) => [r.id, r] as const))(
    "%s has docs, a tip in every language and messages",
    (_id, rule) => {
      expect(rule.meta.docs.length).toBeGreaterThan(20);
      expect(hasTip(rule.meta.tip)).toBe(true);
      for (const language of LANGUAGES)
        expect(tipFor(rule.meta.tip, language).body.length).toBeGreaterThan(20);
      expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
      for (const template of Object.values(rule.meta.messages)) {
        for (const language of LANGUAGES) {
          expect(typeof template.title[language]).toBe("function");
          expect(typeof template.detail[language]).toBe("function");
        }
      }
    },
  );

  it.each(RULES.map((r) => [r.id, r] as const))(
    "%s has a weight with a reason for its usual severity",
    (id, rule) => {
      expect(WEIGHTS[id]?.[rule.meta.severity]).toBeDefined();
    },
  );

  it("weighs every finding at least at its own severity's threshold, so a sign is never worth less than it says", () => {
    for (const [id, weights] of Object.entries(WEIGHTS)) {
      expect(RULES.map((r) => r.id)).toContain(id);
      for (const [severity, [points, why]] of Object.entries(weights)) {
        expect(points).toBeGreaterThanOrEqual(THRESHOLDS[severity as keyof typeof THRESHOLDS]);
        expect(why.length).toBeGreaterThan(10);
      }
    }
  });
});
