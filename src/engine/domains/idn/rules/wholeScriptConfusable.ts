import { problem } from "../describe";
import { scriptName } from "../scriptNames";
import { latinLookalike, WHOLE_SCRIPT_CONFUSABLES, type WholeScriptConfusable } from "../lookalikes";
import { isScriptNeutral, scriptOf } from "../scripts";
import type { IdnRule, LabelContext } from "./rule";

/** The TLD belongs to the script's countries, or is itself written in that script (".рф", ".ελ"). */
function atHome(entry: WholeScriptConfusable, tld: LabelContext["tld"]): boolean {
  if (entry.tlds.includes(tld.ascii)) return true;
  const letters = Array.from(tld.unicode).filter((ch) => !isScriptNeutral(ch));
  return letters.length > 0 && letters.every((ch) => scriptOf(ch) === entry.script);
}

/**
 * Every letter of the label is one script's Latin look-alike ("аррӏе" in Cyrillic), and the TLD is
 * not one where that script is at home. Digits and hyphens do not count either way.
 */
export const wholeScriptConfusable: IdnRule = {
  id: "whole-script-confusable",
  check({ chars, tld }) {
    const letters = chars.filter((ch) => !isScriptNeutral(ch));
    if (letters.length === 0) return undefined;
    const entry = WHOLE_SCRIPT_CONFUSABLES.find((w) => letters.every((ch) => ch in w.letters));
    if (!entry || atHome(entry, tld)) return undefined;
    const reads = letters.map(latinLookalike);
    const readable = reads.every((r) => r !== "");
    const asLatin = readable ? ` (it can be read as “${reads.join("")}”)` : "";
    const where =
      entry.tlds.length > 0
        ? `, under .${tld.unicode} rather than a domain where ${entry.script} is at home`
        : "";
    const script = scriptName(entry.script, "es");
    const comoLatin = readable ? ` (se puede leer como “${reads.join("")}”)` : "";
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
