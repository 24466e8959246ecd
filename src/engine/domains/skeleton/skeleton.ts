import { isAscii } from "./ascii";
import { ALTERNATIVES, MAX_CHARACTERS_WITH_ALTERNATIVES, MAX_SKELETONS } from "./chromiumExtras";
import { removeDiacritics } from "./diacritics";
import { mapCodePoints, skeletonTable } from "./table";

/**
 * Mapping can expose more work: a Han label mapped to Latin becomes eligible for diacritic removal,
 * and a mark-bearing prototype (ղ → n̩) then loses its mark. Repeating until nothing changes makes
 * skeleton(skeleton(x)) === skeleton(x); two or three passes settle in practice.
 */
const MAX_PASSES = 8;

/** Per ASCII code: its skeleton, and 1 where that is the character itself. Built on first use. */
interface AsciiTable {
  skeletons: string[];
  unchanged: Uint8Array;
}
let ascii: AsciiTable | undefined;

/** The primary skeleton only (fast path used by the index). */
export function skeleton(text: string): string {
  return asciiSkeleton(text) ?? slowSkeleton(text);
}

/**
 * All skeletons of a Unicode (already IDNA-decoded, lower-cased) label or dotted domain; first is the
 * primary. Never empty; lower-case; dots and hyphens kept. Characters with several readings (þ, œ,
 * ł, ӏ) add one skeleton per reading, up to 128 skeletons; a text with more than 5 such characters
 * gets only its primary (Chromium's caps: so many look-alikes make an unconvincing spoof).
 */
export function skeletons(text: string): string[] {
  const fast = asciiSkeleton(text);
  if (fast !== undefined) return [fast];
  const out = new Set<string>();
  for (const reading of readings(lowerCase(text))) {
    out.add(slowSkeleton(reading));
    if (out.size === MAX_SKELETONS) break;
  }
  return [...out];
}

/** Lower-case → diacritic removal → Chromium extras + UTS #39 map (one table) → NFD, to a fixed point. */
export function slowSkeleton(text: string): string {
  let current = pass(text);
  for (let round = 1; round < MAX_PASSES; round++) {
    const next = pass(current);
    if (next === current) break;
    current = next;
  }
  return current;
}

// JS lower-cases Cherokee capitals to the small letters, but IDNA keeps (folds to) the capitals,
// which are the ones confusables.txt maps (Ꮇ → rn, Ꭺ → a).
const CHEROKEE_SMALL = /[\u13F8-\u13FD\uAB70-\uABBF]/g;

function lowerCase(text: string): string {
  const lower = text.toLowerCase();
  return isAscii(lower) ? lower : lower.replace(CHEROKEE_SMALL, (ch) => ch.toUpperCase());
}

function pass(text: string): string {
  return mapCodePoints(removeDiacritics(lowerCase(text)), skeletonTable());
}

/**
 * The skeleton of an all-ASCII text from a 128-entry table, or undefined for other text. Allocates
 * nothing for text that maps to itself, and otherwise copies unchanged runs with slice().
 */
function asciiSkeleton(text: string): string | undefined {
  const { skeletons: table, unchanged } = ascii ?? (ascii = buildAsciiTable());
  const length = text.length;
  let i = 0;
  for (; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) return undefined;
    if (unchanged[code] === 0) break;
  }
  if (i === length) return text;
  let out = "";
  let copyFrom = 0;
  for (; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) return undefined;
    if (unchanged[code] === 0) {
      out += text.slice(copyFrom, i) + table[code];
      copyFrom = i + 1;
    }
  }
  return out + text.slice(copyFrom);
}

function buildAsciiTable(): AsciiTable {
  const mapped: string[] = [];
  const unchanged = new Uint8Array(0x80);
  for (let code = 0; code < 0x80; code++) {
    const char = String.fromCharCode(code);
    mapped.push(slowSkeleton(char));
    unchanged[code] = mapped[code] === char ? 1 : 0;
  }
  return { skeletons: mapped, unchanged };
}

/**
 * The text with each multi-reading character replaced by each of its readings, the text itself first.
 * At most 3 readings for each of at most 5 characters: 243 strings, which dedupe to far fewer skeletons.
 */
function readings(text: string): string[] {
  const positions: number[] = [];
  for (let i = 0; i < text.length; i++) if (ALTERNATIVES.has(text[i])) positions.push(i);
  if (positions.length === 0 || positions.length > MAX_CHARACTERS_WITH_ALTERNATIVES) return [text];
  let prefixes = [""];
  let done = 0;
  for (const at of positions) {
    const between = text.slice(done, at);
    const choices = [text[at], ...(ALTERNATIVES.get(text[at]) ?? [])];
    prefixes = prefixes.flatMap((prefix) => choices.map((choice) => prefix + between + choice));
    done = at + 1;
  }
  const rest = text.slice(done);
  return prefixes.map((prefix) => prefix + rest);
}
