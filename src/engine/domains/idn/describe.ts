import { scriptOf } from "./scripts";
import type { IdnChar, IdnProblem, IdnRuleId } from "./types";

/** The first code point of `ch` with its code ("U+0435") and script ("Cyrillic"). */
export function describeChar(ch: string): IdnChar {
  const cp = ch.codePointAt(0);
  if (cp === undefined) return { char: "", codePoint: "", script: "Unknown" };
  const hex = cp.toString(16).toUpperCase().padStart(4, "0");
  return { char: String.fromCodePoint(cp), codePoint: `U+${hex}`, script: scriptOf(ch) };
}

const MARK = /^\p{M}$/u;
const INVISIBLE = /^[\p{Default_Ignorable_Code_Point}\u2800]$/u;

/** "е (U+0435, Cyrillic)"; marks sit on a dotted circle and invisible characters are named as such. */
function charPhrase(c: IdnChar): string {
  const shown = INVISIBLE.test(c.char) ? "an invisible character" : MARK.test(c.char) ? `◌${c.char}` : c.char;
  return `${shown} (${c.codePoint}, ${c.script})`;
}

/** "a", "a and b", "a, b and c". */
export function listPhrase(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

// Beyond this many characters an explanation stops listing them and says how many more there are.
const MAX_LISTED = 6;

/** A problem whose explanation ends with the offending characters, each with an optional note. */
export function problem(
  rule: IdnRuleId,
  lead: string,
  chars: readonly string[],
  note: (ch: string) => string = () => "",
): IdnProblem {
  const described = [...new Set(chars)].map(describeChar);
  if (described.length === 0) return { rule, explanation: lead, chars: described };
  const phrases = described.slice(0, MAX_LISTED).map((c) => `${charPhrase(c)}${note(c.char)}`);
  const more = described.length - phrases.length;
  const list = more > 0 ? `${phrases.join(", ")} and ${more} more` : phrases.join(", ");
  return { rule, explanation: `${lead}: ${list}`, chars: described };
}
