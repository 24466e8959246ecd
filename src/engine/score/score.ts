import type { Finding, Severity, Signal, Verdict } from "../analysis";
import { THRESHOLDS, WEIGHTS } from "./weights";

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

/**
 * Each kind of sign (sender, authentication, links, attachments) counts once, at its strongest
 * finding; the score is their sum. So a newsletter's three weak link quirks stay one weak sign, while
 * a weak sign of the sender and one of its links add up.
 */
export function scoreFindings(findings: readonly Finding[]): {
  score: number;
  verdict: Verdict;
  signals: Signal[];
} {
  const strongest = new Map<string, Finding>();
  for (const f of findings) {
    const best = strongest.get(f.category);
    if (!best || f.weight > best.weight) strongest.set(f.category, f);
  }
  const signals = [...strongest.values()]
    .sort((a, b) => b.weight - a.weight)
    .map(({ category, rule, message, severity, weight, title }) => ({
      category,
      rule,
      message,
      severity,
      weight,
      title,
    }));
  const score = signals.reduce((sum, s) => sum + s.weight, 0);
  return { score, verdict: verdictFor(score), signals };
}
