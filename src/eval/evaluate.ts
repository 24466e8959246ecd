import {
  analyze,
  verdictRank,
  VERDICTS,
  type Analysis,
  type Context,
  type MessageSnapshot,
  type Severity,
  type Verdict,
} from "../engine";
import { EmlError, parseEml } from "../eml/parseEml";
import type { Corpus, CorpusKind } from "./corpora";
import { isSilentMiss, knownMiss, KNOWN_MISSES, type KnownMiss, type MissReason } from "./knownMisses";
import { halfOf, type Half } from "./split";

export const SEVERITIES: readonly Severity[] = ["dangerous", "suspicious", "caution"];

/** What is kept of one message: enough for the figures and for `--list`. */
export interface MessageRecord {
  corpus: string;
  kind: CorpusKind;
  half: Half;
  label: string;
  /** Set when parseEml refused the message (EmlError), or something else went wrong reading it. */
  unreadable?: string;
  error?: string;
  verdict?: Verdict;
  score?: number;
  noFrom: boolean;
  rulesFailed: number;
  findings: { rule: string; severity: Severity; title: string }[];
  analyzeMs?: number;
  warmMs?: number;
}

export interface RuleHits {
  /** Messages with at least one finding of the rule. */
  messages: number;
  /** The same messages by the severity of the rule's strongest finding in each. */
  dangerous: number;
  suspicious: number;
  caution: number;
}

export interface HalfFigures {
  messages: number;
  unreadable: number;
  /** Messages that could not be read for another reason than parseEml's refusal (a bug to look at). */
  errors: number;
  analysed: number;
  /** Messages with an `incomplete` entry for rule "from": no usable From address. */
  noUsableFrom: number;
  /** Messages in which at least one rule threw. */
  withRuleFailures: number;
  /** Shares are of the analysed messages. */
  verdicts: Record<Verdict, { count: number; share: number }>;
  suspiciousOrWorse: { count: number; share: number };
  rules: Record<string, RuleHits>;
  /** analyze() alone, parsing excluded, on the first pass over the corpus (a cold JIT for the first messages). */
  analyzeMs: { median: number | null; p99: number | null };
  /** The same on a second pass, once the JIT has seen the corpus: what a pinned pane settles to. */
  warmMs: { median: number | null; p99: number | null };
  /** Present when the engine's Analysis carries a numeric score. */
  score?: { median: number | null };
  /** Phishing left at "ok" with nothing found, and how many of them are known misses with a reason. */
  silentMisses: SilentMisses;
}

export interface SilentMisses {
  count: number;
  byReason: Partial<Record<MissReason, number>>;
  /** Silent misses no person has explained yet (`--list silent`). */
  unexplained: number;
}

export function silentMissesOf(
  records: readonly MessageRecord[],
  misses: Readonly<Record<string, KnownMiss>> = KNOWN_MISSES,
): SilentMisses {
  const silent = records.filter(isSilentMiss);
  const byReason: Partial<Record<MissReason, number>> = {};
  let unexplained = 0;
  for (const r of silent) {
    const known = knownMiss(r, misses);
    if (known) byReason[known.reason] = (byReason[known.reason] ?? 0) + 1;
    else unexplained++;
  }
  return { count: silent.length, byReason, unexplained };
}

export interface CorpusFigures {
  name: string;
  kind: CorpusKind;
  source: string;
  halves: Partial<Record<Half, HalfFigures>>;
}

const share = (count: number, of: number) => (of === 0 ? 0 : Math.round((count / of) * 1e6) / 1e6);

/** The median (mean of the middle two for an even count) of unsorted numbers. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The nearest-rank percentile `p` (0–100) of unsorted numbers. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const round3 = (n: number | null) => (n === null ? null : Math.round(n * 1000) / 1000);

/** The score, read defensively: older engines have none. */
function scoreOf(analysis: Analysis): number | undefined {
  const score = (analysis as { score?: unknown }).score;
  return typeof score === "number" && Number.isFinite(score) ? score : undefined;
}

/** Passes after the first, timed for the warm figure. */
const WARM_PASSES = 3;

/**
 * Parses each message once and analyses it once, timing analyze() alone; then times a few more
 * passes over the parsed messages (the best of them is the warm time), whose results are not kept.
 */
export async function evaluateCorpus(
  corpus: Corpus,
  context: Context,
  halves: readonly Half[],
): Promise<MessageRecord[]> {
  const records: MessageRecord[] = [];
  const parsed: [MessageRecord, MessageSnapshot][] = [];
  for (const message of corpus.messages) {
    const half = halfOf(message.splitName);
    if (!halves.includes(half)) continue;
    const record: MessageRecord = {
      corpus: corpus.name,
      kind: corpus.kind,
      half,
      label: message.label,
      noFrom: false,
      rulesFailed: 0,
      findings: [],
    };
    records.push(record);
    let snapshot;
    try {
      snapshot = await parseEml(await message.read());
    } catch (error) {
      if (error instanceof EmlError) record.unreadable = error.message;
      else record.error = error instanceof Error ? error.message : String(error);
      continue;
    }
    let analysis: Analysis;
    const started = performance.now();
    try {
      analysis = analyze(snapshot, context);
    } catch (error) {
      record.error = `analyze() threw: ${error instanceof Error ? error.message : String(error)}`;
      continue;
    }
    record.analyzeMs = performance.now() - started;
    parsed.push([record, snapshot]);
    record.verdict = analysis.verdict;
    record.score = scoreOf(analysis);
    record.noFrom = analysis.incomplete.some((i) => i.rule === "from");
    record.rulesFailed = analysis.stats.rulesFailed;
    record.findings = analysis.findings.map(({ rule, severity, title }) => ({ rule, severity, title }));
  }
  // Warm: the best of a few more passes, so that a slow spell of this shared machine is not counted.
  for (let pass = 0; pass < WARM_PASSES; pass++) {
    for (const [record, snapshot] of parsed) {
      const started = performance.now();
      analyze(snapshot, context);
      const ms = performance.now() - started;
      record.warmMs = record.warmMs === undefined ? ms : Math.min(record.warmMs, ms);
    }
  }
  return records;
}

/** The figures of one half of one corpus. */
export function figuresOf(records: readonly MessageRecord[]): HalfFigures {
  const analysed = records.filter((r) => r.verdict !== undefined);
  const count = (v: Verdict) => analysed.filter((r) => r.verdict === v).length;
  const verdicts = Object.fromEntries(
    VERDICTS.map((v) => [v, { count: count(v), share: share(count(v), analysed.length) }]),
  ) as Record<Verdict, { count: number; share: number }>;
  const worse = analysed.filter((r) => verdictRank(r.verdict as Verdict) >= verdictRank("suspicious")).length;

  const rules: Record<string, RuleHits> = {};
  for (const r of analysed) {
    const strongest = new Map<string, Severity>();
    for (const f of r.findings) {
      const seen = strongest.get(f.rule);
      if (!seen || verdictRank(f.severity) > verdictRank(seen)) strongest.set(f.rule, f.severity);
    }
    for (const [rule, severity] of strongest) {
      const hits = (rules[rule] ??= { messages: 0, dangerous: 0, suspicious: 0, caution: 0 });
      hits.messages++;
      hits[severity]++;
    }
  }
  const sortedRules = Object.fromEntries(
    Object.entries(rules).sort(([a, x], [b, y]) => y.messages - x.messages || a.localeCompare(b)),
  );

  const times = analysed.map((r) => r.analyzeMs as number);
  const warm = analysed.map((r) => r.warmMs as number);
  const scores = analysed.map((r) => r.score).filter((s): s is number => s !== undefined);
  return {
    messages: records.length,
    unreadable: records.filter((r) => r.unreadable !== undefined).length,
    errors: records.filter((r) => r.error !== undefined).length,
    analysed: analysed.length,
    noUsableFrom: analysed.filter((r) => r.noFrom).length,
    withRuleFailures: analysed.filter((r) => r.rulesFailed > 0).length,
    verdicts,
    suspiciousOrWorse: { count: worse, share: share(worse, analysed.length) },
    rules: sortedRules,
    analyzeMs: { median: round3(median(times)), p99: round3(percentile(times, 99)) },
    warmMs: { median: round3(median(warm)), p99: round3(percentile(warm, 99)) },
    ...(scores.length > 0 ? { score: { median: median(scores) } } : {}),
    silentMisses: silentMissesOf(analysed),
  };
}

export function corpusFigures(
  corpus: Pick<Corpus, "name" | "kind" | "source">,
  records: readonly MessageRecord[],
  halves: readonly Half[],
): CorpusFigures {
  return {
    name: corpus.name,
    kind: corpus.kind,
    source: corpus.source,
    halves: Object.fromEntries(halves.map((h) => [h, figuresOf(records.filter((r) => r.half === h))])),
  };
}
