import { problem } from "../describe";
import type { IdnRule } from "./rule";

/**
 * The invisible joiners ZWJ and ZWNJ: older IDNA processing deletes them, so the same text can lead
 * to two different sites. ß and ς are deviation characters too, but nontransitional processing
 * (the current UTS #46 default, which Chromium follows) treats them as ordinary German and Greek
 * letters, so they are not reported.
 */
const JOINERS = new Set(["\u200C", "\u200D"]);

export const deviationCharacters: IdnRule = {
  id: "deviation-character",
  check(label) {
    const joiners = label.chars.filter((ch) => JOINERS.has(ch));
    if (joiners.length === 0) return undefined;
    return problem(
      "deviation-character",
      {
        en: "contains an invisible joining character that some systems drop, which then leads to a different address",
        es: "contiene un carácter de unión invisible que algunos sistemas eliminan, y entonces lleva a otra dirección",
      },
      joiners,
    );
  },
};
