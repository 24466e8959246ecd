import type { SpoofList } from "../engine";
import type { Spoof } from "./feedSchema";
import { SPOOF_FIELDS } from "./plainSpoof";

/**
 * Format 2 stores the spoofs as columns: every domain in one list, and each other field as its
 * distinct values plus, per entry, the number of its value (-1 for an entry without an actor):
 *
 *   "spoofs": { "domain": ["a.example", "b.example"],
 *               "imitates": { "values": [["senate.gov"]], "of": [0, 0] }, "technique": {…}, … }
 *
 * A feed repeats the same few targets, techniques, actors, dates and court filings across thousands
 * of domains; as columns, 100,000 entries are under half the bytes of a list of objects and parse in
 * half the time, each distinct value is checked once, and an entry is made only when a message hits
 * it (SpoofColumnList).
 */
export const VALUE_COLUMNS = ["imitates", "technique", "source", "reported", "actor"] as const;

export type ValueColumn = (typeof VALUE_COLUMNS)[number];

export const NO_VALUE = -1;

interface Column {
  values: unknown[];
  of: unknown[];
  /** Per value: whether it may be used as it is. */
  valid: boolean[];
}

export interface ReadSpoofs {
  spoofs: SpoofList<Spoof>;
  /** Entries left out, by position in the domain list, each with why. */
  skipped: { index: number; reason: string }[];
}

function invalid(where: string, what: string): Error {
  return new Error(`invalid feed: spoofs.${where}: ${what}`);
}

function columnOf(spoofs: Record<string, unknown>, name: ValueColumn, count: number): Column | undefined {
  const raw = spoofs[name];
  // A feed in which no entry names an actor may leave that column out.
  if (raw === undefined && name === "actor") return undefined;
  if (typeof raw !== "object" || raw === null) throw invalid(name, "not a column");
  const { values, of } = raw as { values?: unknown; of?: unknown };
  if (!Array.isArray(values)) throw invalid(`${name}.values`, "not a list");
  if (!Array.isArray(of)) throw invalid(`${name}.of`, "not a list");
  if (of.length !== count) throw invalid(`${name}.of`, `${of.length} entries for ${count} domains`);
  return { values, of, valid: values.map((v) => SPOOF_FIELDS[name].ok(v)) };
}

/** Why an entry's value number picks no usable value, or undefined when it does. */
function problemOf(column: Column, name: ValueColumn, n: unknown): string | undefined {
  if (typeof n !== "number" || !Number.isInteger(n) || n < 0 || n >= column.values.length)
    return name === "actor" && n === NO_VALUE ? undefined : `${name}: no value number ${JSON.stringify(n)}`;
  return column.valid[n] ? undefined : `${name}: not ${SPOOF_FIELDS[name].expected}`;
}

/**
 * The spoof entries of a format-2 feed. A broken column refuses the feed (throws); an entry with a bad
 * domain or value is left out and reported, the rest kept. Hand-written rather than a schema: one
 * pass over plain arrays is what makes a 100,000-entry feed cheap, and the value checks are the very
 * rules spoofSchema's fast path uses (SPOOF_FIELDS).
 */
export function readSpoofColumns(raw: unknown): ReadSpoofs {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    throw new Error("invalid feed: spoofs: not an object of columns");
  const columns = raw as Record<string, unknown>;
  const domains = columns.domain;
  if (!Array.isArray(domains)) throw invalid("domain", "not a list");
  const count = domains.length;
  const imitates = columnOf(columns, "imitates", count)!;
  const technique = columnOf(columns, "technique", count)!;
  const source = columnOf(columns, "source", count)!;
  const reported = columnOf(columns, "reported", count)!;
  const actor = columnOf(columns, "actor", count);

  const kept = new Int32Array(count);
  let keptCount = 0;
  const skipped: ReadSpoofs["skipped"] = [];
  for (let i = 0; i < count; i++) {
    const problem = SPOOF_FIELDS.domain.ok(domains[i])
      ? (problemOf(imitates, "imitates", imitates.of[i]) ??
        problemOf(technique, "technique", technique.of[i]) ??
        problemOf(source, "source", source.of[i]) ??
        problemOf(reported, "reported", reported.of[i]) ??
        (actor && problemOf(actor, "actor", actor.of[i])))
      : `domain: not ${SPOOF_FIELDS.domain.expected}`;
    if (problem === undefined) kept[keptCount++] = i;
    else skipped.push({ index: i, reason: problem });
  }
  const spoofs = new SpoofColumnList(
    domains as string[],
    { imitates, technique, source, reported, actor },
    kept.subarray(0, keptCount),
  );
  return { spoofs, skipped };
}

/** The kept entries of checked columns, each made when asked for. */
class SpoofColumnList implements SpoofList<Spoof> {
  constructor(
    private readonly domains: readonly string[],
    private readonly columns: Record<Exclude<ValueColumn, "actor">, Column> & { actor?: Column },
    /** Per entry, its position in the columns. */
    private readonly positions: Int32Array,
  ) {}

  get length(): number {
    return this.positions.length;
  }

  domainAt(n: number): string {
    return this.domains[this.positions[n]];
  }

  entryAt(n: number): Spoof {
    const i = this.positions[n];
    const { imitates, technique, source, reported, actor } = this.columns;
    const value = (column: Column) => column.values[column.of[i] as number];
    const entry: Spoof = {
      domain: this.domains[i],
      imitates: value(imitates) as string[],
      technique: value(technique) as string,
      source: value(source) as string,
      reported: value(reported) as string,
    };
    // Only when there is one: the same shapes as a format-1 entry with or without an actor.
    if (actor && actor.of[i] !== NO_VALUE) entry.actor = value(actor) as string;
    return entry;
  }
}
