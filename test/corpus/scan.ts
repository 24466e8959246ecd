import {
  analyze,
  checkDomain,
  verdictRank,
  type DomainCheck,
  type Severity,
  type Verdict,
} from "../../src/engine";
import { contextFor } from "../../src/config/engineContext";
import { DEFAULT_CONFIG } from "../../src/config/defaults";
import { EmlError, parseEml } from "../../src/eml/parseEml";
import { addressDomain } from "../../src/engine/domains/normalize";
import { halfOf, type Half } from "../../src/eval/split";

/**
 * One pass over a corpus: each message parsed once and analysed once, and only what the corpus suites
 * assert on is kept (a few thousand full analyses would hold hundreds of MB).
 */
export interface Scanned {
  id: string;
  /** Which half of the fixed split (src/eval/split.ts) the message is in, as `npm run eval` counts it. */
  half: Half;
  ham: boolean;
  unreadable: boolean;
  verdict?: Verdict;
  rulesFailed: number;
  findings: { rule: string; severity: Severity; title: string }[];
  links: number;
  /** From, Reply-To, Return-Path and link hosts, for the look-alike engine on its own. */
  hosts: string[];
}

export const context = contextFor(DEFAULT_CONFIG);

/** Link hosts in a body, found the simple way, independent of the engine's link extractor. */
function linkHosts(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/https?:\/\/[^\s"'<>()]+/gi)) {
    try {
      out.push(new URL(m[0]).hostname);
    } catch {
      // not a URL after all
    }
  }
  return out;
}

/** `splitName`: the name the eval's split hashes (the file name; for SpamAssassin, `id.checksum`). */
export async function scan(
  id: string,
  raw: string | Uint8Array,
  ham = false,
  splitName = id,
): Promise<Scanned> {
  const half = halfOf(splitName);
  const bytes = typeof raw === "string" ? new TextEncoder().encode(raw) : raw;
  let message;
  try {
    message = await parseEml(bytes);
  } catch (error) {
    if (!(error instanceof EmlError)) throw error;
    return { id, half, ham, unreadable: true, rulesFailed: 0, findings: [], links: 0, hosts: [] };
  }
  const analysis = analyze(message, context);
  const hosts = [message.from?.address, ...message.replyTo.map((r) => r.address), message.returnPath]
    .map((a) => (a ? addressDomain(a)?.host : undefined))
    .filter((h): h is string => !!h);
  hosts.push(...linkHosts(`${message.bodyText ?? ""}\n${message.bodyHtml ?? ""}`));
  return {
    id,
    half,
    ham,
    unreadable: false,
    verdict: analysis.verdict,
    rulesFailed: analysis.stats.rulesFailed,
    findings: analysis.findings.map(({ rule, severity, title }) => ({ rule, severity, title })),
    links: analysis.links?.rows.length ?? 0,
    hosts: [...new Set(hosts)],
  };
}

const domainCache = new Map<string, DomainCheck>();

/** checkDomain, once per distinct host. */
export function checkHost(host: string): DomainCheck {
  let result = domainCache.get(host);
  if (!result) {
    result = checkDomain(host, context.domains);
    domainCache.set(host, result);
  }
  return result;
}

export const checkedHosts = () => domainCache.size;

/** The hosts of a message the look-alike engine matches. */
export const lookalikeHosts = (s: Scanned) => s.hosts.filter((h) => checkHost(h).matches.length > 0);

const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(2)}%`;
export const rate = pct;

export interface CorpusRates {
  ham: number;
  hamFlagged: number;
  spam: number;
  spamFlagged: number;
  hamByRule: Record<string, number>;
  examples: string[];
  report: string;
}

/** How many ham and spam messages get a finding of severity suspicious or worse from the given rules. */
export function suspiciousRates(
  label: string,
  rules: ReadonlySet<string>,
  scanned: readonly Scanned[],
): CorpusRates {
  const r: CorpusRates = {
    ham: 0,
    hamFlagged: 0,
    spam: 0,
    spamFlagged: 0,
    hamByRule: {},
    examples: [],
    report: "",
  };
  for (const m of scanned) {
    if (m.unreadable) continue;
    const serious = m.findings.filter(
      (f) => rules.has(f.rule) && verdictRank(f.severity) >= verdictRank("suspicious"),
    );
    r[m.ham ? "ham" : "spam"]++;
    if (serious.length === 0) continue;
    r[m.ham ? "hamFlagged" : "spamFlagged"]++;
    if (!m.ham) continue;
    for (const f of serious) r.hamByRule[f.rule] = (r.hamByRule[f.rule] ?? 0) + 1;
    if (r.examples.length < 10) r.examples.push(`${m.id}: ${serious.map((f) => f.title).join(" | ")}`);
  }
  r.report =
    `${label}: ham ${r.hamFlagged}/${r.ham} (${pct(r.hamFlagged, r.ham)}) suspicious or worse, ` +
    (r.spam > 0 ? `spam ${r.spamFlagged}/${r.spam} (${pct(r.spamFlagged, r.spam)}); ` : "") +
    `ham by rule ${JSON.stringify(r.hamByRule)}\n` +
    r.examples.map((e) => `  ${e}\n`).join("");
  return r;
}

/** Verdict counts, unreadable messages under "unreadable". */
export function verdictCounts(scanned: readonly Scanned[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const s of scanned) {
    const key = s.unreadable ? "unreadable" : (s.verdict as string);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/** The share of a half's readable messages at suspicious or worse, and a line for the test output. */
export function caughtShare(
  label: string,
  scanned: readonly Scanned[],
  half: Half,
): { share: number; line: string } {
  const read = scanned.filter((m) => m.half === half && !m.unreadable);
  const caught = read.filter((m) => verdictRank(m.verdict as Verdict) >= verdictRank("suspicious")).length;
  const share = read.length === 0 ? 0 : caught / read.length;
  return {
    share,
    line: `${label} (${half} half): ${caught}/${read.length} (${pct(caught, read.length)}) suspicious or worse\n`,
  };
}
