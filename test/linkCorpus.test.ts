import { suspiciousRates } from "./support/corpusRates";

const LINK_RULES = new Set([
  "link-lookalike-domain",
  "link-text-mismatch",
  "link-disguised-host",
  "link-dangerous-scheme",
  "form-offsite",
  "credential-lure",
  "link-shortener-hosting",
]);

jest.setTimeout(300_000);

describe("link rules on real mail", () => {
  it("give at most 2% of SpamAssassin ham messages a link finding of suspicious or worse, and report spam", async () => {
    let links = 0;
    const rates = await suspiciousRates("link rules", LINK_RULES, (analysis) => {
      expect(analysis.stats.rulesFailed).toBe(0);
      links += analysis.links?.rows.length ?? 0;
    });
    process.stdout.write(`${links} links extracted and unwrapped; ${rates.report}`);
    expect(rates.ham).toBeGreaterThan(4000);
    expect(links).toBeGreaterThan(10_000);
    expect(rates.hamFlagged / rates.ham).toBeLessThanOrEqual(0.02);
  });
});
