import type { Finding, Severity, Signal, Verdict } from "../analysis";
import { QUIRKS, THRESHOLDS, WEIGHTS } from "./weights";

/** The points a finding of this rule and severity adds. A missing weight counts as the severity's threshold, so a finding is never worth less than its own severity. */
export function weightOf(rule: string, severity: Severity): number {
  return WEIGHTS[rule]?.[severity]?.[0] ?? THRESHOLDS[severity];
}

/** The verdict a score falls in. */
export function verdictFor(score: number): Verdict {
  if (score >= THRESHOLDS.dangerous) return "dangerous";
  if (score >= THRESHOLDS.suspicious) return "suspicious";
  if (score >= THRESHOLDS.caution) return "caution";
  return "ok";
}

function isQuirk(f: Finding): boolean {
  return QUIRKS[f.rule]?.[f.severity] !== undefined;
}

function toSignal({ category, rule, message, severity, weight, title }: Finding): Signal {
  return { category, rule, message, severity, weight, title };
}

/** What one kind of sign adds: each rule's strongest finding but the quirks, or else its strongest quirk. */
function signalsOfKind(findings: readonly Finding[]): Finding[] {
  const strongestPerRule = new Map<string, Finding>();
  for (const f of findings) {
    const best = strongestPerRule.get(f.rule);
    if (!best || f.weight > best.weight) strongestPerRule.set(f.rule, f);
  }
  const perRule = [...strongestPerRule.values()];
  const signs = perRule.filter((f) => !isQuirk(f));
  if (signs.length > 0) return signs;
  return perRule.sort((a, b) => b.weight - a.weight).slice(0, 1);
}

/**
 * Each rule counts once, at its strongest finding, and the score is the sum. Within one kind of
 * sign (sender, authentication, links…) the weak quirks of legitimate mail (QUIRKS) do not add
 * up: a newsletter's tracked links and form stay one weak sign, while a weak sign of the sender and
 * one of its links, or two independent signs of the body, add up.
 */
export function scoreFindings(findings: readonly Finding[]): {
  score: number;
  verdict: Verdict;
  signals: Signal[];
} {
  const byKind = new Map<string, Finding[]>();
  for (const f of findings) byKind.set(f.category, [...(byKind.get(f.category) ?? []), f]);
  const signals = [...byKind.values()]
    .flatMap(signalsOfKind)
    .sort((a, b) => b.weight - a.weight)
    .map(toSignal);
  const score = signals.reduce((sum, s) => sum + s.weight, 0);
  return { score, verdict: verdictFor(score), signals };
}
