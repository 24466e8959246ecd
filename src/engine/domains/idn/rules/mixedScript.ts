import type { Language } from "../../../words/language";
import { problem, scriptList } from "../describe";
import { latinLookalike } from "../lookalikes";
import { isScriptNeutral, scriptExtensions, scriptOf } from "../scripts";
import type { IdnProblem } from "../types";
import type { IdnRule } from "./rule";

/**
 * UTS #39 "Highly Restrictive" with Chromium's Latin rule. A label passes when its letters share a
 * script (Han counting as part of Japanese, Chinese and Korean writing), or when they stay within
 * Latin + Han + Hiragana + Katakana, Latin + Han + Bopomofo or Latin + Han + Hangul with every Latin
 * letter plain ASCII. Common and Inherited characters (digits, hyphen, marks) are ignored, and each
 * character counts for every script in its Script_Extensions.
 */

// UTS #39 §5.1 augmentation: a Han character also counts as Japanese, Korean and Han-with-Bopomofo.
const WRITING_SYSTEMS: Record<string, readonly string[]> = {
  Han: ["Japanese", "Korean", "Han with Bopomofo"],
  Hiragana: ["Japanese"],
  Katakana: ["Japanese"],
  Hangul: ["Korean"],
  Bopomofo: ["Han with Bopomofo"],
};

const ALLOWED_MIXES: readonly (readonly string[])[] = [
  ["Latin", "Han", "Hiragana", "Katakana"],
  ["Latin", "Han", "Bopomofo"],
  ["Latin", "Han", "Hangul"],
];

function augmented(ch: string): Set<string> {
  const scripts = scriptExtensions(ch);
  return new Set([...scripts, ...scripts.flatMap((s) => WRITING_SYSTEMS[s] ?? [])]);
}

/** True when some script (or writing system) is shared by every letter. */
function singleScript(letters: readonly string[]): boolean {
  let shared: Set<string> | undefined;
  for (const ch of letters) {
    const own = augmented(ch);
    shared = shared ? new Set([...shared].filter((s) => own.has(s))) : own;
    if (shared.size === 0) return false;
  }
  return true;
}

function withinAllowedMix(letters: readonly string[]): boolean {
  return ALLOWED_MIXES.some((mix) =>
    letters.every((ch) => scriptExtensions(ch).some((s) => mix.includes(s))),
  );
}

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
  check({ chars }) {
    const letters = chars.filter((ch) => !isScriptNeutral(ch));
    if (singleScript(letters)) return undefined;
    if (!withinAllowedMix(letters)) return explain(letters);
    const accented = letters.filter(
      (ch) => scriptExtensions(ch).includes("Latin") && ch.charCodeAt(0) > 0x7f,
    );
    if (accented.length === 0) return undefined;
    const others = [...new Set(letters.map(shownScript))].filter((s) => s !== "Latin");
    return problem(
      "mixed-script",
      {
        en: `mixes accented or non-English Latin letters with ${scriptList(others, "en")} letters`,
        es: `mezcla letras latinas acentuadas o no inglesas con letras ${others.length > 1 ? "de los sistemas" : "del sistema"} de escritura ${scriptList(others, "es")}`,
      },
      accented,
    );
  },
};
