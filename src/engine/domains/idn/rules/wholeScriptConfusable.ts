import { problem } from "../describe";
import { scriptName } from "../scriptNames";
import {
  ALLOWED_WHOLE_SCRIPT_WORDS,
  latinLookalike,
  WHOLE_SCRIPT_CONFUSABLES,
  type WholeScriptConfusable,
} from "../lookalikes";
import { scriptOf } from "../scripts";
import type { IdnRule, LabelContext } from "./rule";

/**
 * The TLD belongs to the script's countries, or has a letter of that script (".рф", ".ελ"):
 * IsWholeScriptConfusableAllowedForTLD in idn_spoof_checker.cc.
 */
function atHome(entry: WholeScriptConfusable, tld: LabelContext["tld"]): boolean {
  if (entry.tlds.includes(tld.ascii)) return true;
  return Array.from(tld.unicode).some((ch) => scriptOf(ch) === entry.script);
}

/** The label's characters of the script are all look-alikes (IsLabelWholeScriptConfusableForScript). */
function confusableIn(entry: WholeScriptConfusable, chars: readonly string[]): string[] | undefined {
  const own = chars.filter((ch) => scriptOf(ch) === entry.script);
  return own.length > 0 && own.every((ch) => entry.letters.has(ch)) ? own : undefined;
}

/**
 * A label in one script whose letters of that script are all Latin look-alikes ("аррӏе" in
 * Cyrillic), under a TLD where the script is not at home. Chromium checks it only for labels it
 * judges single-script with no kana exceptions or Latin accents (SafeToDisplayAsUnicode), and lets a
 * few common words through.
 */
export const wholeScriptConfusable: IdnRule = {
  id: "whole-script-confusable",
  check({ unicode, chars, tld, restriction, mixedScriptChecks }) {
    if (restriction !== "single-script" || mixedScriptChecks || ALLOWED_WHOLE_SCRIPT_WORDS.has(unicode)) {
      return undefined;
    }
    let entry: WholeScriptConfusable | undefined;
    let letters: string[] | undefined;
    for (const w of WHOLE_SCRIPT_CONFUSABLES) {
      letters = confusableIn(w, chars);
      if (letters && !atHome(w, tld)) {
        entry = w;
        break;
      }
    }
    if (!entry || !letters) return undefined;
    const reads = chars.filter((ch) => scriptOf(ch) === entry.script || /^[a-z0-9-]$/.test(ch));
    const asText = reads.map((ch) => (/^[a-z0-9-]$/.test(ch) ? ch : latinLookalike(ch)));
    const readable = asText.every((r) => r !== "");
    const asLatin = readable ? ` (it can be read as “${asText.join("")}”)` : "";
    const where =
      entry.tlds.length > 0
        ? `, under .${tld.unicode} rather than a domain where ${entry.script} is at home`
        : "";
    const script = scriptName(entry.script, "es");
    const comoLatin = readable ? ` (se puede leer como “${asText.join("")}”)` : "";
    const donde =
      entry.tlds.length > 0
        ? `, bajo .${tld.unicode} y no en un dominio donde se use ese sistema de escritura`
        : "";
    return problem(
      "whole-script-confusable",
      {
        en: `is written only in ${entry.script} letters that can pass for Latin letters or digits${asLatin}${where}`,
        es: `está escrito solo con letras del sistema de escritura ${script} que pueden pasar por letras latinas o dígitos${comoLatin}${donde}`,
      },
      letters,
    );
  },
};
