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

/** Each rule's strongest finding is one signal; the score is their sum. */
export function scoreFindings(findings: readonly Finding[]): {
  score: number;
  verdict: Verdict;
  signals: Signal[];
} {
  const strongest = new Map<string, Finding>();
  for (const f of findings) {
    const best = strongest.get(f.rule);
    if (!best || f.weight > best.weight) strongest.set(f.rule, f);
  }
  const signals = [...strongest.values()]
    .sort((a, b) => b.weight - a.weight)
    .map(({ rule, message, severity, weight, title }) => ({ rule, message, severity, weight, title }));
  const score = signals.reduce((sum, s) => sum + s.weight, 0);
  return { score, verdict: verdictFor(score), signals };
}
