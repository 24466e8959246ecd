import type { Language } from "../../../words/language";
import { problem, scriptList } from "../describe";
import { latinLookalike } from "../lookalikes";
import { atMost } from "../restrictionLevel";
import { isScriptNeutral, scriptExtensions, scriptOf } from "../scripts";
import type { IdnProblem } from "../types";
import type { IdnRule } from "./rule";

/**
 * UTS #39 "Highly Restrictive", the level Chromium sets for ICU's spoof checker
 * (idn_spoof_checker.cc: `uspoof_setRestrictionLevel(checker_, USPOOF_HIGHLY_RESTRICTIVE)`): a label
 * may use one script, or Latin with Han + Hiragana + Katakana (Japanese), Han + Bopomofo (Chinese)
 * or Han + Hangul (Korean). Anything looser (Latin with Cyrillic, Greek, Georgian, Devanagari …,
 * Hangul with kana) stays in punycode. The level itself is restrictionLevel.ts.
 */

/** The script a reader would name for a letter: its Script, or its first extension for shared marks. */
function shownScript(ch: string): string {
  const script = scriptOf(ch);
  return script === "Common" || script === "Inherited" ? scriptExtensions(ch)[0] : script;
}

function resemblance(ch: string, language: Language): string {
  const hint = latinLookalike(ch);
  if (hint === "") return "";
  if (language === "es")
    return /\d/.test(hint) ? ` se parece al dígito ${hint}` : ` se parece a la ${hint} latina`;
  return /\d/.test(hint) ? ` looks like the digit ${hint}` : ` looks like Latin ${hint}`;
}

/** Names the scripts and lists the letters that are foreign to the label's main script (Latin when present). */
function explain(letters: readonly string[]): IdnProblem {
  const counts = new Map<string, number>();
  for (const script of letters.map(shownScript)) counts.set(script, (counts.get(script) ?? 0) + 1);
  const scripts = [...counts.keys()];
  // Otherwise the most used script; sort is stable, so the first seen wins a tie.
  const main = counts.has("Latin") ? "Latin" : [...counts].sort((a, b) => b[1] - a[1])[0][0];
  const foreign = letters.filter((ch) => !scriptExtensions(ch).includes(main));
  return problem(
    "mixed-script",
    {
      en: `mixes ${scriptList(scripts, "en")} letters`,
      es: `mezcla letras de los sistemas de escritura ${scriptList(scripts, "es")}`,
    },
    foreign,
    main === "Latin" ? resemblance : undefined,
  );
}

export const mixedScript: IdnRule = {
  id: "mixed-script",
  check({ chars, restriction }) {
    if (atMost(restriction, "highly-restrictive")) return undefined;
    return explain(chars.filter((ch) => !isScriptNeutral(ch)));
  },
};
