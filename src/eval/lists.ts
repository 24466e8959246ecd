import { verdictRank, VERDICTS, type Verdict } from "../engine";
import type { MessageRecord } from "./evaluate";
import { isSilentMiss, knownMiss } from "./knownMisses";

/** A `--list` request: which messages to name, for tuning. */
export interface ListSpec {
  spec: string;
  title: string;
  /** Which findings to show beside each message: all of them, those of one rule, or none. */
  show: "summary" | "all" | "rule" | "reason" | "miss";
  rule?: string;
  select(record: MessageRecord): boolean;
}

export const LIST_HELP =
  "ok, missed, silent, fp, unreadable, no-from, verdict:<ok|caution|suspicious|dangerous>, rule:<rule-id>";

const atLeastSuspicious = (r: MessageRecord) =>
  r.verdict !== undefined && verdictRank(r.verdict) >= verdictRank("suspicious");

/** Parses one `--list` value; returns an error message for a value it does not know. */
export function parseListSpec(spec: string, knownRules: ReadonlySet<string>): ListSpec | string {
  switch (spec) {
    case "ok":
      return {
        spec,
        title: "phishing messages with verdict ok",
        show: "summary",
        select: (r) => r.kind === "phishing" && r.verdict === "ok",
      };
    case "missed":
      return {
        spec,
        title: "phishing messages below suspicious (ok or caution)",
        show: "summary",
        select: (r) => r.kind === "phishing" && r.verdict !== undefined && !atLeastSuspicious(r),
      };
    case "silent":
      return {
        spec,
        title: "phishing messages at ok with nothing found, each with its known-miss reason",
        show: "miss",
        select: isSilentMiss,
      };
    case "fp":
      return {
        spec,
        title: "ham messages at suspicious or worse",
        show: "all",
        select: (r) => r.kind === "ham" && atLeastSuspicious(r),
      };
    case "unreadable":
      return {
        spec,
        title: "messages that could not be read",
        show: "reason",
        select: (r) => r.unreadable !== undefined || r.error !== undefined,
      };
    case "no-from":
      return {
        spec,
        title: "messages without a usable From address",
        show: "summary",
        select: (r) => r.noFrom,
      };
  }
  const [prefix, value] = [spec.slice(0, spec.indexOf(":")), spec.slice(spec.indexOf(":") + 1)];
  if (prefix === "verdict") {
    if (!(VERDICTS as readonly string[]).includes(value)) {
      return `unknown verdict ${JSON.stringify(value)} in --list ${spec} (one of ${VERDICTS.join(", ")})`;
    }
    return {
      spec,
      title: `messages with verdict ${value}`,
      show: "summary",
      select: (r) => r.verdict === (value as Verdict),
    };
  }
  if (prefix === "rule") {
    if (!knownRules.has(value)) {
      return `unknown rule ${JSON.stringify(value)} in --list ${spec} (rules: ${[...knownRules].sort().join(", ")})`;
    }
    return {
      spec,
      title: `messages with a finding of ${value}`,
      show: "rule",
      rule: value,
      select: (r) => r.findings.some((f) => f.rule === value),
    };
  }
  return `unknown --list ${JSON.stringify(spec)} (one of ${LIST_HELP})`;
}

/** One line of findings: "caution link-shortener-hosting, suspicious sender-misaligned". */
export function findingsSummary(r: MessageRecord): string {
  if (r.findings.length === 0) return "no findings";
  return r.findings.map((f) => `${f.severity} ${f.rule}`).join(", ");
}

/** The list as text: one line per message, its findings indented below when asked for. */
export function formatList(list: ListSpec, records: readonly MessageRecord[]): string[] {
  const chosen = records.filter(list.select);
  const lines = [`--list ${list.spec}: ${chosen.length} ${list.title}`];
  for (const r of chosen) {
    const head = `  ${r.label}  [${r.half}]`;
    if (list.show === "reason") {
      lines.push(`${head}  ${r.unreadable ?? r.error}`);
    } else if (list.show === "miss") {
      const known = knownMiss(r);
      lines.push(`${head}  ${known ? `${known.reason}: ${known.note}` : "UNEXPLAINED"}`);
    } else if (list.show === "summary") {
      lines.push(`${head}  ${r.verdict}: ${findingsSummary(r)}`);
    } else {
      lines.push(`${head}  ${r.verdict}`);
      for (const f of r.findings) {
        if (list.show === "all" || f.rule === list.rule)
          lines.push(`      - [${f.severity}] ${f.rule}: ${f.title}`);
      }
    }
  }
  return lines;
}

/** The list as JSON: the messages and their findings. */
export function listJson(list: ListSpec, records: readonly MessageRecord[]) {
  return records.filter(list.select).map((r) => ({
    corpus: r.corpus,
    half: r.half,
    message: r.label,
    ...(r.verdict ? { verdict: r.verdict } : {}),
    ...(r.unreadable !== undefined ? { unreadable: r.unreadable } : {}),
    ...(r.error !== undefined ? { error: r.error } : {}),
    ...(list.show === "miss" ? { knownMiss: knownMiss(r) ?? null } : {}),
    findings: r.findings.filter((f) => list.show !== "rule" || f.rule === list.rule),
  }));
}
