import { chromiumExtras } from "./chromiumExtras";
import { UNICODE13_CONFUSABLES } from "./unicode13.generated";
import { UNICODE17_ADDITIONS } from "./unicode17Additions";

/**
 * UTS #39 maps m→rn (the letters that look like m) but has nothing for w, while phishers write w as vv
 * (biathlovvorld.com, dovvn-mail.com, standartnevvs.com). Mapping w the same way, to its two-letter
 * look-alike, makes "vv" and "w" share a skeleton; everything Unicode maps to w follows.
 */
const W_AS_VV: readonly [number, string] = [0x77, "vv"];

/** Mapping a prototype again (after lower-casing) settles within this many rounds. */
const MAX_ROUNDS = 8;

let confusables: Map<number, string> | undefined;
let resolved: SkeletonTable | undefined;

/** What mapCodePoints needs of a table: one lookup per code point. */
export interface CodePointTable {
  get(cp: number): string | undefined;
}

/**
 * The skeleton map, each value settled on its first lookup: settling all 6,400 entries up front (NFD
 * and re-mapping each) cost the pane's first check 20–40 ms, while a message meets a handful of them.
 */
class SkeletonTable implements CodePointTable, Iterable<[number, string]> {
  private readonly settled = new Map<number, string>();
  constructor(private readonly raw: ReadonlyMap<number, string>) {}

  get size(): number {
    return this.raw.size;
  }

  get(cp: number): string | undefined {
    const known = this.settled.get(cp);
    if (known !== undefined) return known;
    const prototype = this.raw.get(cp);
    if (prototype === undefined) return undefined;
    const value = settle(prototype, this.raw);
    this.settled.set(cp, value);
    return value;
  }

  *[Symbol.iterator](): IterableIterator<[number, string]> {
    for (const cp of this.raw.keys()) yield [cp, this.get(cp) as string];
  }
}

/**
 * Unicode 13 confusables.txt as shipped by npm `unhomoglyph` (code point → prototype), from the
 * compact form scripts/confusablesData.ts writes: "<gap>[+<run>] <prototype>" a line, base 36.
 */
export function unicode13Confusables(encoded = UNICODE13_CONFUSABLES): Map<number, string> {
  const table = new Map<number, string>();
  let cp = 0;
  for (const line of encoded.split("\n")) {
    const space = line.indexOf(" ");
    const [gap, run = "1"] = line.slice(0, space).split("+");
    const prototype = line.slice(space + 1);
    const first = prototype.codePointAt(0) as number;
    cp += parseInt(gap, 36);
    const length = parseInt(run, 36);
    for (let i = 0; i < length; i++) table.set(cp + i, i === 0 ? prototype : String.fromCodePoint(first + i));
    cp += length - 1;
  }
  return table;
}

/** confusables.txt as code point → prototype: Unicode 13 patched with the Unicode 17 additions. */
export function confusablesTable(): ReadonlyMap<number, string> {
  if (confusables) return confusables;
  // Sources are single code points in Unicode 13 and 17 alike; the generator leaves out any sequence
  // a data update might bring, as it could not match in a per-code-point lookup.
  const table = unicode13Confusables();
  for (const [cp, prototype] of UNICODE17_ADDITIONS) table.set(cp, prototype);
  confusables = table;
  return table;
}

/**
 * The skeleton map: confusables, overridden by Chromium's extras and w→vv, with every value mapped
 * again until it is stable, lower-case and NFD. So one lookup per code point gives the final text
 * (0 → O → o, м → m → rn, ш → w → vv), which keeps skeletons idempotent.
 */
export function skeletonTable(): SkeletonTable {
  if (resolved) return resolved;
  const raw = new Map(confusablesTable());
  for (const [cp, prototype] of chromiumExtras()) raw.set(cp, prototype);
  raw.set(...W_AS_VV);
  resolved = new SkeletonTable(raw);
  return resolved;
}

/** One UTS #39 step plus lower-casing: NFD → map each code point → lower-case → NFD. */
export function mapCodePoints(text: string, table: CodePointTable): string {
  let out = "";
  for (const ch of text.normalize("NFD")) out += table.get(ch.codePointAt(0) as number) ?? ch;
  return out.toLowerCase().normalize("NFD");
}

function settle(prototype: string, raw: CodePointTable): string {
  let current = mapCodePoints(prototype, raw);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const next = mapCodePoints(current, raw);
    if (next === current) break;
    current = next;
  }
  return current;
}
