import type { Evidence } from "../../analysis";
import { rowEvidence, type LinkRow } from "../../links/linkTable";

/** Evidence rows shown per finding; the rest are counted, so a 500-link newsletter stays readable. */
const MAX_ROWS = 5;

export function linksEvidence(rows: readonly LinkRow[], extra: Evidence = {}): Evidence {
  const e: Evidence = { ...extra, links: rows.slice(0, MAX_ROWS).map(rowEvidence) };
  if (rows.length > MAX_ROWS) e.moreLinks = rows.length - MAX_ROWS;
  return e;
}

/** Rows grouped by a key, in first-seen order ("one finding per destination domain"). */
export function groupBy(
  rows: readonly LinkRow[],
  key: (row: LinkRow) => string | undefined,
): Map<string, LinkRow[]> {
  const groups = new Map<string, LinkRow[]>();
  for (const row of rows) {
    const k = key(row);
    if (k === undefined) continue;
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
