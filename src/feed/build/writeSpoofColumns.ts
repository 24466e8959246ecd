import type { Spoof } from "../feedSchema";
import { NO_VALUE, VALUE_COLUMNS, type ValueColumn } from "../spoofColumns";

export interface SpoofColumns {
  domain: string[];
  /** Per field, its distinct values in order of first use and each entry's value number. */
  columns: Partial<Record<ValueColumn, { values: unknown[]; of: number[] }>>;
}

/** The spoof list as format 2's columns (see spoofColumns.ts); the actor column only if one is named. */
export function writeSpoofColumns(spoofs: readonly Spoof[]): SpoofColumns {
  const columns: SpoofColumns["columns"] = {};
  for (const name of VALUE_COLUMNS) {
    if (name === "actor" && spoofs.every((s) => s.actor === undefined)) continue;
    const numbers = new Map<string, number>();
    const values: unknown[] = [];
    const of = spoofs.map((s) => {
      const value = s[name];
      if (value === undefined) return NO_VALUE;
      // Values compare by their JSON: two equal imitates lists are one value.
      const key = JSON.stringify(value);
      let n = numbers.get(key);
      if (n === undefined) {
        n = values.push(value) - 1;
        numbers.set(key, n);
      }
      return n;
    });
    columns[name] = { values, of };
  }
  return { domain: spoofs.map((s) => s.domain), columns };
}
