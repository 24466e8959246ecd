import type { Analysis } from "../engine";
import { terminalSafe } from "./terminalText";

const LABEL: Record<Analysis["verdict"], string> = {
  ok: "OK",
  caution: "CAUTION",
  suspicious: "SUSPICIOUS",
  dangerous: "DANGEROUS",
};

/** A readable table: one row per message, its findings and gaps indented below it. */
export function formatScanTable(results: { file: string; analysis: Analysis }[]): string {
  const width = Math.max(...results.map((r) => LABEL[r.analysis.verdict].length));
  const lines: string[] = [];
  for (const { file, analysis } of results) {
    const signs = analysis.signals.map((s) => `${s.rule} +${s.weight}`).join(", ");
    lines.push(`${LABEL[analysis.verdict].padEnd(width)}  ${terminalSafe(file)}`);
    if (analysis.signals.length > 0) lines.push(`${" ".repeat(width)}    score ${analysis.score}: ${signs}`);
    for (const f of analysis.findings) {
      lines.push(
        `${" ".repeat(width)}    - [${f.severity}] ${terminalSafe(f.title)}: ${terminalSafe(f.detail)}`,
      );
      // A rule's findings past LIMITS.findingsPerRule are counted, not listed.
      if (f.more) lines.push(`${" ".repeat(width)}      and ${f.more} more like this (${f.rule})`);
    }
    for (const i of analysis.incomplete)
      lines.push(`${" ".repeat(width)}    ? not checked: ${terminalSafe(i.reason)}`);
  }
  const counts = results.reduce<Record<string, number>>((acc, r) => {
    acc[r.analysis.verdict] = (acc[r.analysis.verdict] ?? 0) + 1;
    return acc;
  }, {});
  const summary = (Object.keys(LABEL) as Analysis["verdict"][])
    .filter((v) => counts[v])
    .map((v) => `${counts[v]} ${v}`)
    .join(", ");
  lines.push("", `${results.length} message${results.length === 1 ? "" : "s"}: ${summary}`);
  return lines.join("\n");
}
