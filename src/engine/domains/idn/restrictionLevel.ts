import { scriptExtensions } from "./scripts";

/**
 * UTS #39 §5.1–5.2, Restriction-Level Detection: how far a string strays from a single script.
 * Chromium asks ICU for "Highly Restrictive" and keeps any label beyond it in punycode
 * (idn_spoof_checker.cc, `uspoof_setRestrictionLevel(checker_, USPOOF_HIGHLY_RESTRICTIVE)`).
 *
 * Script sets use Script_Extensions, augmented as §5.1 says: Han also counts as Japanese, Korean
 * and Han-with-Bopomofo, Hiragana and Katakana as Japanese, Hangul as Korean, Bopomofo as
 * Han-with-Bopomofo. Common and Inherited characters (digits, hyphen, most marks) go with any script.
 */

/** The levels from strictest to loosest; a string has the first one it qualifies for. */
export const RESTRICTION_LEVELS = [
  "ascii-only",
  "single-script",
  "highly-restrictive",
  "moderately-restrictive",
  "minimally-restrictive",
  "unrestricted",
] as const;
export type RestrictionLevel = (typeof RESTRICTION_LEVELS)[number];

/** The writing systems §5.1 adds to a character's own scripts ("Jpan", "Kore", "Hanb"). */
export const JAPANESE = "Japanese";
export const KOREAN = "Korean";
export const HAN_WITH_BOPOMOFO = "Han with Bopomofo";

const AUGMENTED: Readonly<Record<string, readonly string[]>> = {
  Han: [HAN_WITH_BOPOMOFO, JAPANESE, KOREAN],
  Hiragana: [JAPANESE],
  Katakana: [JAPANESE],
  Hangul: [KOREAN],
  Bopomofo: [HAN_WITH_BOPOMOFO],
};

/** Scripts §5.2 refuses to pair with Latin even at the moderately restrictive level. */
const NOT_WITH_LATIN = ["Cyrillic", "Greek"];

/** "Any script": the augmented set of a Common or Inherited character (compare by identity). */
export const ANY_SCRIPT: ReadonlySet<string> = new Set();

/** A character's augmented script set, or ANY_SCRIPT for Common and Inherited characters. */
export function augmentedScripts(ch: string): ReadonlySet<string> {
  const own = scriptExtensions(ch);
  if (own.length === 1 && (own[0] === "Common" || own[0] === "Inherited")) return ANY_SCRIPT;
  const out = new Set(own);
  for (const script of own) for (const extra of AUGMENTED[script] ?? []) out.add(extra);
  return out;
}

/**
 * The resolved script set (§5.1): the scripts every character shares, Common and Inherited
 * characters sharing all. ANY_SCRIPT when no character has a script of its own; an empty set
 * (not ANY_SCRIPT) when the characters share none.
 */
export function resolvedScripts(chars: Iterable<string>): ReadonlySet<string> {
  let shared: Set<string> | undefined;
  for (const ch of chars) {
    const own = augmentedScripts(ch);
    if (own === ANY_SCRIPT) continue;
    if (!shared) shared = new Set(own);
    else for (const s of shared) if (!own.has(s)) shared.delete(s);
    if (shared.size === 0) return shared;
  }
  return shared ?? ANY_SCRIPT;
}

/** True when `scripts` covers the string (§5.1): every character shares a script with it. */
export function coveredBy(chars: Iterable<string>, scripts: readonly string[]): boolean {
  for (const ch of chars) {
    const own = augmentedScripts(ch);
    if (own !== ANY_SCRIPT && !scripts.some((s) => own.has(s))) return false;
  }
  return true;
}

const isAscii = (ch: string) => ch.charCodeAt(0) <= 0x7e;

/**
 * The restriction level of a string (§5.2). `inProfile` is the identifier profile: a string with a
 * character outside it is Unrestricted. Without it only the scripts are judged, which is what the
 * mixed-script rule wants (characters outside the profile are another rule's finding).
 */
export function restrictionLevel(
  text: string | readonly string[],
  inProfile: (ch: string) => boolean = () => true,
): RestrictionLevel {
  const chars = typeof text === "string" ? Array.from(text) : text;
  if (!chars.every(inProfile)) return "unrestricted";
  if (chars.every(isAscii)) return "ascii-only";
  const resolved = resolvedScripts(chars);
  if (resolved === ANY_SCRIPT || resolved.size > 0) return "single-script";
  // The rest is judged on the characters that are not Latin (ICU: "resolved script set without Latn").
  const nonLatin = resolvedScripts(chars.filter((ch) => !augmentedScripts(ch).has("Latin")));
  if ([HAN_WITH_BOPOMOFO, JAPANESE, KOREAN].some((s) => nonLatin.has(s))) return "highly-restrictive";
  if (nonLatin !== ANY_SCRIPT && nonLatin.size > 0 && !NOT_WITH_LATIN.some((s) => nonLatin.has(s))) {
    return "moderately-restrictive";
  }
  return "minimally-restrictive";
}

/** True when `level` is at most as loose as `limit`. */
export function atMost(level: RestrictionLevel, limit: RestrictionLevel): boolean {
  return RESTRICTION_LEVELS.indexOf(level) <= RESTRICTION_LEVELS.indexOf(limit);
}
