import type { HeaderSummary } from "./headers/summary";
import type { LinkTable } from "./links/linkTable";

/** The engine's output contract: serialisable to JSON, shown by the pane, the CLI and reports. */

export const VERDICTS = ["ok", "caution", "suspicious", "dangerous"] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Finding severities share the verdict scale, minus "ok": a finding is never good news. */
export type Severity = Exclude<Verdict, "ok">;

/** Plain, JSON-safe evidence: what was seen, shown to the user as label/value pairs. */
export type EvidenceValue =
  string | number | boolean | null | EvidenceValue[] | { [key: string]: EvidenceValue };
export type Evidence = Record<string, EvidenceValue>;

export interface Finding {
  /** The id of the rule that produced it. */
  rule: string;
  severity: Severity;
  /** One short line for the user ("Sender uses a known spoof domain"). */
  title: string;
  /** Plain words: what was seen and why it matters. */
  detail: string;
  evidence: Evidence;
  /** Id of a training tip in `engine/tips`. */
  tip: string;
}

/** A check that could not be done; never silently dropped, never read as "safe". */
export interface Incomplete {
  /** Rule id, or a pseudo-id such as "headers" for missing input. */
  rule: string;
  reason: string;
}

export interface AnalysisStats {
  rulesRun: number;
  rulesFailed: number;
  durationMs: number;
}

export interface Analysis {
  verdict: Verdict;
  findings: Finding[];
  incomplete: Incomplete[];
  stats: AnalysisStats;
  /** What the internet headers say (authentication, route, Microsoft's filter), when there are headers. */
  headers?: HeaderSummary;
  /** Every link: what it shows, where it really goes after unwrapping, and why that matters. */
  links?: LinkTable;
}

const RANK: Record<Verdict, number> = { ok: 0, caution: 1, suspicious: 2, dangerous: 3 };

export function verdictRank(v: Verdict): number {
  return RANK[v];
}

/** The worse of two verdicts. */
export function worst(a: Verdict, b: Verdict): Verdict {
  return RANK[a] >= RANK[b] ? a : b;
}
