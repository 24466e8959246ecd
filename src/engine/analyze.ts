import { worst, type Analysis, type Finding, type Incomplete, type Verdict } from "./analysis";
import type { Context } from "./context";
import { summarizeHeaders } from "./headers/summary";
import { linkTable } from "./links/linkTable";
import type { MessageSnapshot } from "./message";
import { RULES } from "./rules";
import type { Rule } from "./rules/rule";

/** Gaps in the input itself, reported so that a quiet result is never mistaken for a clean one. */
function inputGaps(message: MessageSnapshot): Incomplete[] {
  const gaps: Incomplete[] = [];
  if (message.rawHeaders === undefined) {
    gaps.push({
      rule: "headers",
      reason:
        "The message's internet headers were not available, so its Reply-To and Return-Path addresses, its sender authentication (SPF, DKIM, DMARC) and the servers it passed through could not be checked. The From and Sender addresses Outlook reports were still checked.",
    });
  }
  if (!message.from || message.from.address.trim() === "") {
    gaps.push({
      rule: "from",
      reason: "The message has no From address, so the sender could not be checked.",
    });
  }
  return gaps;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs every rule over one message. A rule that throws becomes an `incomplete` entry, never a crash. */
export function analyze(
  message: MessageSnapshot,
  context: Context,
  rules: readonly Rule[] = RULES,
): Analysis {
  const started = Date.now();
  const findings: Finding[] = [];
  const incomplete: Incomplete[] = inputGaps(message);
  let failed = 0;
  for (const rule of rules) {
    try {
      findings.push(...rule.check(message, context));
    } catch (error) {
      failed += 1;
      incomplete.push({
        rule: rule.id,
        reason: `The check "${rule.meta.title}" failed: ${describeError(error)}`,
      });
    }
  }
  const verdict = findings.reduce<Verdict>((v, f) => worst(v, f.severity), "ok");
  const analysis: Analysis = {
    verdict,
    findings,
    incomplete,
    stats: { rulesRun: rules.length, rulesFailed: failed, durationMs: 0 },
  };
  if (message.rawHeaders !== undefined) {
    try {
      analysis.headers = summarizeHeaders(
        message.rawHeaders,
        context.now.getTime(),
        context.settings.authservIds,
      );
    } catch (error) {
      incomplete.push({
        rule: "header-summary",
        reason: `The message details could not be read: ${describeError(error)}`,
      });
    }
  }
  try {
    const links = linkTable(message);
    if (links.rows.length > 0) analysis.links = links;
  } catch (error) {
    incomplete.push({
      rule: "links",
      reason: `The message's links could not be read: ${describeError(error)}`,
    });
  }
  analysis.stats.durationMs = Date.now() - started;
  return analysis;
}
