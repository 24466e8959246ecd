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
let resolved: Map<number, string> | undefined;

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
export function skeletonTable(): ReadonlyMap<number, string> {
  if (resolved) return resolved;
  const raw = new Map(confusablesTable());
  for (const [cp, prototype] of chromiumExtras()) raw.set(cp, prototype);
  raw.set(...W_AS_VV);
  const table = new Map<number, string>();
  for (const [cp, prototype] of raw) table.set(cp, settle(prototype, raw));
  resolved = table;
  return table;
}

/** One UTS #39 step plus lower-casing: NFD → map each code point → lower-case → NFD. */
export function mapCodePoints(text: string, table: ReadonlyMap<number, string>): string {
  let out = "";
  for (const ch of text.normalize("NFD")) out += table.get(ch.codePointAt(0) as number) ?? ch;
  return out.toLowerCase().normalize("NFD");
}

function settle(prototype: string, raw: ReadonlyMap<number, string>): string {
  let current = mapCodePoints(prototype, raw);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const next = mapCodePoints(current, raw);
    if (next === current) break;
    current = next;
  }
  return current;
}
