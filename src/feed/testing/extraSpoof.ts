import { VALUE_COLUMNS } from "../spoofColumns";

/**
 * A format-2 feed document with one more spoof entry, its values written as given, valid or not (the
 * builder would leave a bad one out): for tests of what a reader does with a bad entry.
 */
export function withExtraSpoof(text: string, entry: Record<string, unknown>): string {
  const doc = JSON.parse(text) as {
    spoofs: Record<string, { values: unknown[]; of: number[] }> & { domain: unknown[] };
  };
  doc.spoofs.domain.push(entry.domain);
  for (const name of VALUE_COLUMNS) {
    const column = (doc.spoofs[name] ??= { values: [], of: doc.spoofs.domain.slice(1).map(() => -1) });
    column.of.push(column.values.push(entry[name]) - 1);
  }
  return JSON.stringify(doc);
}
