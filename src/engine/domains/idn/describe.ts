import { LANGUAGES, listOf, type Language } from "../../words/language";
import { scriptName } from "./scriptNames";
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

const INVISIBLE_WORDS: Record<Language, string> = {
  en: "an invisible character",
  es: "un carácter invisible",
};

/** "е (U+0435, Cyrillic)"; marks sit on a dotted circle and invisible characters are named as such. */
function charPhrase(c: IdnChar, language: Language): string {
  const shown = INVISIBLE.test(c.char)
    ? INVISIBLE_WORDS[language]
    : MARK.test(c.char)
      ? `◌${c.char}`
      : c.char;
  return `${shown} (${c.codePoint}, ${scriptName(c.script, language)})`;
}

/** "a", "a and b", "a, b and c". */
export function listPhrase(items: readonly string[], language: Language = "en"): string {
  return listOf(items, language);
}

/** Script names listed in the reader's language: "Latin and Cyrillic" / "latino y cirílico". */
export function scriptList(scripts: readonly string[], language: Language): string {
  return listOf(
    scripts.map((s) => scriptName(s, language)),
    language,
  );
}

// Beyond this many characters an explanation stops listing them and says how many more there are.
const MAX_LISTED = 6;

const MORE: Record<Language, string> = { en: "and {n} more", es: "y {n} más" };

/**
 * A problem whose explanation ends with the offending characters, each with an optional note.
 * `lead` is a verb phrase in English ("mixes Latin and Cyrillic letters") and a full clause in
 * Spanish ("mezcla letras…"), written per language because word order differs.
 */
export function problem(
  rule: IdnRuleId,
  lead: Readonly<Record<Language, string>>,
  chars: readonly string[],
  note: (ch: string, language: Language) => string = () => "",
): IdnProblem {
  const described = [...new Set(chars)].map(describeChar);
  const explain = (language: Language): string => {
    if (described.length === 0) return lead[language];
    const phrases = described
      .slice(0, MAX_LISTED)
      .map((c) => `${charPhrase(c, language)}${note(c.char, language)}`);
    const more = described.length - phrases.length;
    const list =
      more > 0 ? `${phrases.join(", ")} ${MORE[language].replace("{n}", String(more))}` : phrases.join(", ");
    return `${lead[language]}: ${list}`;
  };
  const explanations = Object.fromEntries(LANGUAGES.map((l) => [l, explain(l)])) as Record<Language, string>;
  return { rule, explanation: explanations.en, explanations, chars: described };
}
