import { KNOWN_SPOOF_RULE, LINK_RULES, SENDER_RULES } from "./ruleGroups";

describe("the corpus suites' rule groups", () => {
  it("take the sender and link rules from the rules' categories", () => {
    expect([...SENDER_RULES]).toEqual(
      expect.arrayContaining([
        KNOWN_SPOOF_RULE,
        "sender-auth-failed",
        "brand-impersonation",
        "from-malformed",
      ]),
    );
    expect([...LINK_RULES]).toEqual(
      expect.arrayContaining(["link-lookalike-domain", "credential-lure", "qr-code-link"]),
    );
    expect([...SENDER_RULES].filter((id) => LINK_RULES.has(id))).toEqual([]);
  });
});
