import type { Category, Finding, Severity } from "../analysis";
import { scoreFindings, weightOf } from "./score";

function finding(rule: string, category: Category, severity: Severity = "caution"): Finding {
  return {
    rule,
    message: "m",
    category,
    severity,
    weight: weightOf(rule, severity),
    title: rule,
    detail: "",
    evidence: {},
    tip: rule,
  };
}

describe("scoreFindings", () => {
  it("counts a rule once, at its strongest finding", () => {
    const { score } = scoreFindings([
      finding("link-deceptive-host", "links"),
      finding("link-deceptive-host", "links"),
      finding("link-deceptive-host", "links", "suspicious"),
    ]);
    expect(score).toBe(50);
  });

  it("adds up two independent signs of one kind", () => {
    const result = scoreFindings([
      finding("picture-on-image-host", "body"),
      finding("recipient-in-subject", "body"),
    ]);
    expect(result.score).toBe(55);
    expect(result.verdict).toBe("suspicious");
    expect(result.signals.map((s) => s.rule)).toEqual(["recipient-in-subject", "picture-on-image-host"]);
  });

  it("keeps a newsletter's embedded form and an odd port one weak sign", () => {
    const result = scoreFindings([finding("form-offsite", "links"), finding("link-disguised-host", "links")]);
    expect(result.score).toBe(20);
    expect(result.signals).toHaveLength(1);
  });

  it("does not add a quirk to a stronger sign of its kind", () => {
    const { score, signals } = scoreFindings([
      finding("form-offsite", "links"),
      finding("link-shortener-hosting", "links"),
    ]);
    expect(score).toBe(25);
    expect(signals.map((s) => s.rule)).toEqual(["link-shortener-hosting"]);
  });

  it("adds a quirk's rule at a stronger severity, which is no quirk", () => {
    const { score, signals } = scoreFindings([
      finding("link-disguised-host", "links", "dangerous"),
      finding("link-shortener-hosting", "links"),
    ]);
    expect(score).toBe(125);
    expect(signals).toHaveLength(2);
  });

  it("adds signs of different kinds", () => {
    const { score, verdict } = scoreFindings([
      finding("sender-unauthenticated", "authentication"),
      finding("link-disguised-host", "links"),
      finding("form-offsite", "links"),
    ]);
    expect(score).toBe(45);
    expect(verdict).toBe("caution");
  });
});
