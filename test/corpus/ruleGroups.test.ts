import { RULES } from "../../src/engine";
import { KNOWN_SPOOF_RULE, LINK_RULES, SENDER_RULES } from "./ruleGroups";

describe("the corpus suites' rule groups", () => {
  it("name only rules the engine has (update test/corpus/ruleGroups.ts when a rule is renamed)", () => {
    const known = new Set(RULES.map((r) => r.id));
    const named = [...SENDER_RULES, ...LINK_RULES, KNOWN_SPOOF_RULE];
    expect(named.filter((id) => !known.has(id))).toEqual([]);
  });
});
