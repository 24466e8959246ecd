import type { HeaderSummary } from "./headers/summary";
import type { Truncated } from "./limits";
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
  /** Which of the rule's messages it is ("spoof", "ip-host"): rule and message name the signal. */
  message: string;
  /** The kind of sign: the pane groups by it; within a kind, the weak quirks of legitimate mail do not add up. */
  category: Category;
  /** What this sign alone would make of the message. */
  severity: Severity;
  /** Points it adds to the score (`score/weights.ts` says why); a rule's findings count once, at their highest. */
  weight: number;
  /** One short line for the user ("Sender uses a known spoof domain"). */
  title: string;
  /** Plain words: what was seen and why it matters. */
  detail: string;
  evidence: Evidence;
  /** Id of a training tip in `engine/tips`. */
  tip: string;
  /** Only counts beside a sign of another kind (lure words alone are ordinary). */
  booster?: true;
  /** The rule found this many more like it, not listed (LIMITS.findingsPerRule). */
  more?: number;
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

/**
 * Where a finding is shown, and the kinds of sign within which the score does not add up weak quirks:
 * the sender, its authentication, links, attachments, what the message says (content) and how it is
 * built (body).
 */
export type Category = "sender" | "authentication" | "links" | "attachments" | "content" | "body";

/** One rule's strongest finding that counted towards the score. */
export interface Signal {
  category: Category;
  rule: string;
  message: string;
  severity: Severity;
  weight: number;
  title: string;
}

export interface Analysis {
  /** The band the score falls in: "ok" means no warning signs found, never "safe". */
  verdict: Verdict;
  /** The sum of the signals' weights. */
  score: number;
  /** What made the score: each rule's strongest finding, strongest first. */
  signals: Signal[];
  findings: Finding[];
  incomplete: Incomplete[];
  stats: AnalysisStats;
  /** What the internet headers say (authentication, route, Microsoft's filter), when there are headers. */
  headers?: HeaderSummary;
  /** Every link: what it shows, where it really goes after unwrapping, and why that matters. */
  links?: LinkTable;
  /** What the budgets for hostile input left out (engine/limits); absent when nothing was. */
  truncated?: Truncated;
}

const RANK: Record<Verdict, number> = { ok: 0, caution: 1, suspicious: 2, dangerous: 3 };

export function verdictRank(v: Verdict): number {
  return RANK[v];
}

/** The worse of two verdicts. */
export function worst(a: Verdict, b: Verdict): Verdict {
  return RANK[a] >= RANK[b] ? a : b;
}
