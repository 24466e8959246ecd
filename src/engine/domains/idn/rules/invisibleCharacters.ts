import { problem } from "../describe";
import type { IdnRule } from "./rule";

const NONSPACING_MARK = /^\p{Mn}$/u;
const MARK = /^\p{M}$/u;
// Renders as blank space but is an ordinary symbol to IDNA.
const BLANK = "\u2800";

/**
 * Characters that may not show: blank-looking symbols, and the same nonspacing mark twice on one
 * letter (after NFD), which draws as one mark. The invisible joiners are the deviation rule's.
 */
export const invisibleCharacters: IdnRule = {
  id: "invisible-character",
  check({ unicode }) {
    const hidden: string[] = [];
    let marksOnLetter = new Set<string>();
    for (const ch of unicode.normalize("NFD")) {
      if (ch === BLANK) hidden.push(ch);
      if (!MARK.test(ch)) marksOnLetter = new Set();
      else if (NONSPACING_MARK.test(ch) && marksOnLetter.has(ch)) hidden.push(ch);
      else marksOnLetter.add(ch);
    }
    if (hidden.length === 0) return undefined;
    return problem(
      "invisible-character",
      {
        en: "contains characters that do not show on screen, such as a blank symbol or a repeated accent mark",
        es: "contiene caracteres que no se ven en pantalla, como un símbolo en blanco o un acento repetido",
      },
      hidden,
    );
  },
};
