import { verdictRank, type Analysis, type Finding, type Incomplete } from "./analysis";
import type { Context } from "./context";
import { buildFacts, type MessageFacts } from "./facts/messageFacts";
import { describeError, gap } from "./gaps";
import { boundSnapshot, LIMITS, type Truncated } from "./limits";
import { summarizeHeaders } from "./headers/summary";
import type { MessageSnapshot } from "./message";
import { RULES } from "./rules";
import type { AnyReport, Rule } from "./rules/support/rule";
import { scoreFindings, weightOf } from "./score/score";
import type { Language } from "./words/language";

/** Gaps in the input itself, reported so that a quiet result is never mistaken for a clean one. */
function inputGaps(message: MessageSnapshot, facts: MessageFacts, language: Language): Incomplete[] {
  const gaps: Incomplete[] = [];
  if (message.rawHeaders === undefined) gaps.push(gap("headers", language));
  if (message.source === "headers") gaps.push(gap("body", language));
  // A From line with no usable address is a finding (from-malformed), not a gap in the input.
  if (!facts.from || (!facts.from.address && facts.from.problems.length === 0))
    gaps.push(gap("from", language));
  return gaps;
}

/** A rule's report in words: its message's templates filled in, in the reader's language. */
export function toFinding(rule: Rule, report: AnyReport, language: Language): Finding {
  const template = rule.meta.messages[report.message];
  if (!template) throw new Error(`no message "${report.message}"`);
  const severity = report.severity ?? rule.meta.severity;
  // defineRule() checked at compile time that the data fits this message's templates.
  const fill = (text: (data: never) => string) => (text as (data: unknown) => string)(report.data);
  return {
    rule: rule.id,
    message: report.message,
    category: rule.meta.category,
    severity,
    weight: weightOf(rule.id, severity),
    title: fill(template.title[language]),
    detail: fill(template.detail[language]),
    evidence: report.evidence,
    tip: report.tip ?? rule.meta.tip,
    ...(report.booster ? { booster: true } : {}),
  };
}

/**
 * At most LIMITS.findingsPerRule of one rule's findings, the most severe first (ties keep the rule's
 * order); the last one kept counts the rest, so 10,000 attachments make five findings, not 10,000.
 */
function capFindings(reports: readonly AnyReport[], rule: Rule, language: Language): Finding[] {
  if (reports.length <= LIMITS.findingsPerRule)
    return reports.map((report) => toFinding(rule, report, language));
  const rank = (r: AnyReport) => verdictRank(r.severity ?? rule.meta.severity);
  const kept = reports
    .map((report, order) => ({ report, order }))
    .sort((a, b) => rank(b.report) - rank(a.report) || a.order - b.order)
    .slice(0, LIMITS.findingsPerRule)
    .map(({ report }) => toFinding(rule, report, language));
  kept[kept.length - 1].more = reports.length - kept.length;
  return kept;
}

/** Each rule's findings in words; a rule that throws becomes an `incomplete` entry, never a crash. */
export function runRules(
  facts: MessageFacts,
  context: Context,
  rules: readonly Rule[],
): { findings: Finding[]; failures: Incomplete[]; capped: Record<string, number> } {
  const language = context.settings.language;
  const findings: Finding[] = [];
  const failures: Incomplete[] = [];
  const capped: Record<string, number> = {};
  for (const rule of rules) {
    try {
      const reports = [...rule.check(facts, context)];
      findings.push(...capFindings(reports, rule, language));
      if (reports.length > LIMITS.findingsPerRule) capped[rule.id] = reports.length - LIMITS.findingsPerRule;
    } catch (error) {
      failures.push(gap("rule", language, { rule: rule.id, detail: describeError(error) }));
    }
  }
  return { findings, failures, capped };
}

/** A gap naming what the budgets kept the engine from checking (findings left unlisted were checked). */
function limitGaps(truncated: Truncated, language: Language): Incomplete[] {
  const { links, attachments = 0, addresses = 0, receivedHops = 0 } = truncated;
  if (!links && attachments + addresses + receivedHops === 0) return [];
  return [gap("limits", language, { links: links === true, attachments, addresses, receivedHops })];
}

/**
 * Boosters (lure words, a brand named in the subject, a random code in the subject) only count beside
 * another sign: a finding that is not a booster, or a booster of another rule ("a brand in the
 * subject and lure words" is the classic combination).
 */
function withoutLoneBoosters(findings: Finding[]): Finding[] {
  if (findings.some((f) => !f.booster)) return findings;
  return new Set(findings.map((f) => f.rule)).size >= 2 ? findings : [];
}

/** Runs every rule over one message's facts and scores what they find. */
export function analyze(
  message: MessageSnapshot,
  context: Context,
  rules: readonly Rule[] = RULES,
): Analysis {
  const started = Date.now();
  const language = context.settings.language;
  const bounded = boundSnapshot(message);
  const truncated = bounded.truncated;
  const { facts, gaps } = buildFacts(bounded.message, context, truncated);
  if (facts.links.truncated) truncated.links = true;
  const ran = runRules(facts, context, rules);
  if (Object.keys(ran.capped).length > 0) truncated.findings = ran.capped;
  const incomplete: Incomplete[] = [
    ...inputGaps(message, facts, language),
    ...gaps,
    ...limitGaps(truncated, language),
    ...ran.failures,
  ];
  const findings = withoutLoneBoosters(ran.findings);
  const { score, verdict, signals } = scoreFindings(findings);
  const analysis: Analysis = {
    verdict,
    score,
    signals,
    findings,
    incomplete,
    stats: { rulesRun: rules.length, rulesFailed: ran.failures.length, durationMs: 0 },
  };
  if (facts.auth) {
    try {
      analysis.headers = summarizeHeaders(facts.headers, facts.auth, context.now.getTime());
    } catch (error) {
      incomplete.push(gap("header-summary", language, { detail: describeError(error) }));
    }
  }
  if (facts.links.rows.length > 0) analysis.links = facts.links;
  if (Object.keys(truncated).length > 0) analysis.truncated = truncated;
  analysis.stats.durationMs = Date.now() - started;
  return analysis;
}
