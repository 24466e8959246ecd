import { VERDICTS } from "../engine";
import type { Skipped } from "./corpora";
import type { CorpusFigures, HalfFigures } from "./evaluate";
import type { Half } from "./split";

interface Column {
  header: string;
  right?: boolean;
}

/** A plain text table: columns padded to their widest cell, two spaces apart. */
export function table(columns: Column[], rows: string[][], indent = ""): string[] {
  const widths = columns.map((c, i) => Math.max(c.header.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    indent +
    cells
      .map((cell, i) => (columns[i].right ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join("  ")
      .trimEnd();
  return [line(columns.map((c) => c.header)), ...rows.map(line)];
}

const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
const cell = (v: { count: number; share: number }) => `${v.count} ${pct(v.share).padStart(6)}`;
const ms = (n: number | null) => (n === null ? "-" : n.toFixed(3));

const WHAT_COUNTS = {
  phishing: "suspicious or worse = caught",
  ham: "suspicious or worse = false positive",
  spam: "not phishing; shown for reference",
};

function halfRows(corpora: CorpusFigures[], halves: readonly Half[], row: (f: HalfFigures) => string[]) {
  const rows: string[][] = [];
  for (const c of corpora) {
    for (const h of halves) {
      const f = c.halves[h];
      if (f) rows.push([c.kind, c.name, h, ...row(f)]);
    }
  }
  return rows;
}

/** The verdict table, the timing table and one rule-hit table per corpus. */
export function formatReport(
  corpora: CorpusFigures[],
  skipped: Skipped[],
  halves: readonly Half[],
): string[] {
  const lines: string[] = [];
  for (const s of skipped) lines.push(`skipped: ${s.name} (${s.reason}): ${s.source}`);
  if (skipped.length > 0) lines.push("");
  if (corpora.length === 0) {
    lines.push("No corpus to evaluate.");
    return lines;
  }

  const kinds = [...new Set(corpora.map((c) => c.kind))];
  lines.push(
    "Verdicts (count and share of the messages analysed; " +
      kinds.map((k) => `${k}: ${WHAT_COUNTS[k]}`).join("; ") +
      ")",
    "",
  );
  lines.push(
    ...table(
      [
        { header: "kind" },
        { header: "corpus" },
        { header: "half" },
        { header: "msgs", right: true },
        { header: "unread", right: true },
        { header: "no From", right: true },
        ...VERDICTS.map((v) => ({ header: v, right: true })),
        { header: "susp. or worse", right: true },
      ],
      halfRows(corpora, halves, (f) => [
        String(f.messages),
        String(f.unreadable),
        String(f.noUsableFrom),
        ...VERDICTS.map((v) => cell(f.verdicts[v])),
        cell(f.suspiciousOrWorse),
      ]),
    ),
  );

  const all = corpora.flatMap((c) => halves.map((h) => c.halves[h]).filter((f) => f !== undefined));
  const errors = all.reduce((n, f) => n + f.errors, 0);
  const failures = all.reduce((n, f) => n + f.withRuleFailures, 0);
  if (errors > 0) {
    lines.push(
      `${errors} message(s) failed for another reason than an unreadable file: see --list unreadable`,
    );
  }
  if (failures > 0) lines.push(`${failures} message(s) had a rule that threw (reported as incomplete)`);

  const scored = all.some((f) => f.score !== undefined);
  lines.push(
    "",
    "analyze() per message, parsing excluded: the first pass (cold JIT), and warm: the best of three more passes",
    "",
  );
  lines.push(
    ...table(
      [
        { header: "kind" },
        { header: "corpus" },
        { header: "half" },
        { header: "ms median", right: true },
        { header: "ms p99", right: true },
        { header: "warm median", right: true },
        { header: "warm p99", right: true },
        ...(scored ? [{ header: "score median", right: true }] : []),
      ],
      halfRows(corpora, halves, (f) => [
        ms(f.analyzeMs.median),
        ms(f.analyzeMs.p99),
        ms(f.warmMs.median),
        ms(f.warmMs.p99),
        ...(scored ? [f.score?.median === null || !f.score ? "-" : String(f.score.median)] : []),
      ]),
    ),
  );

  lines.push(...silentMissLines(corpora, halves));

  for (const c of corpora) {
    const present = halves.filter((h) => c.halves[h]);
    const rules = new Map<string, number>();
    for (const h of present) {
      for (const [rule, hits] of Object.entries(c.halves[h]?.rules ?? {})) {
        rules.set(rule, (rules.get(rule) ?? 0) + hits.messages);
      }
    }
    lines.push(
      "",
      `Rule hits in ${c.name}: messages with a finding of the rule, then by its strongest finding dangerous/suspicious/caution`,
      "",
    );
    if (rules.size === 0) {
      lines.push("  (no findings)");
      continue;
    }
    const order = [...rules].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([rule]) => rule);
    lines.push(
      ...table(
        [{ header: "rule" }, ...present.flatMap((h) => [{ header: h, right: true }, { header: "d/s/c" }])],
        order.map((rule) => [
          rule,
          ...present.flatMap((h) => {
            const hits = c.halves[h]?.rules[rule];
            return hits
              ? [String(hits.messages), `${hits.dangerous}/${hits.suspicious}/${hits.caution}`]
              : ["0", ""];
          }),
        ]),
        "  ",
      ),
    );
  }
  return lines;
}

/** Phishing left at "ok" with nothing found: known misses by reason, and the unexplained ones. */
function silentMissLines(corpora: CorpusFigures[], halves: readonly Half[]): string[] {
  const phishing = corpora.filter((c) => c.kind === "phishing");
  if (phishing.length === 0) return [];
  const lines = [
    "",
    "Phishing left at ok with nothing found: known misses by reason (src/eval/knownMisses.ts), and unexplained ones (--list silent)",
    "",
  ];
  for (const c of phishing) {
    for (const h of halves) {
      const m = c.halves[h]?.silentMisses;
      if (!m) continue;
      const reasons = Object.entries(m.byReason)
        .sort(([, a], [, b]) => b - a)
        .map(([reason, n]) => `${reason} ${n}`)
        .join(", ");
      lines.push(
        `  ${c.name} ${h}: ${m.count} silent` +
          (reasons ? `; known: ${reasons}` : "") +
          (m.unexplained > 0 ? `; UNEXPLAINED ${m.unexplained}` : "; none unexplained"),
      );
    }
  }
  return lines;
}
