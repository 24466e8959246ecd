import { problem, scriptList } from "../describe";
import { atMost } from "../restrictionLevel";
import { scriptOf } from "../scripts";
import type { IdnRule } from "./rule";

const NON_ASCII_LATIN = /^[^a-zA-Z\P{Script=Latin}]$/u;
// lgc_letters_n_ascii_ in idn_spoof_checker.cc: the labels the diacritic remover works on.
const LGC_LABEL = /^[\u0300-\u0339\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}0-9._-]*$/u;

/**
 * Accented or other non-English Latin letters beside another script ("café汉字"). Highly
 * Restrictive lets Latin mix with Chinese, Japanese or Korean writing; Chromium allows only ASCII
 * Latin there (idn_spoof_checker.cc, kNonAsciiLatinCharMixedWithNonLatin), unless the label is all
 * Latin, Greek, Cyrillic, digits and accents, the labels its diacritic remover works on.
 */
export const nonAsciiLatinMix: IdnRule = {
  id: "mixed-script",
  check({ unicode, chars, mixedScriptChecks, restriction }) {
    // Beyond Highly Restrictive the mixed-script rule has said it already.
    if (!mixedScriptChecks || !atMost(restriction, "highly-restrictive")) return undefined;
    const accented = chars.filter((ch) => NON_ASCII_LATIN.test(ch));
    if (accented.length === 0 || LGC_LABEL.test(unicode)) return undefined;
    const others = [
      ...new Set(chars.map(scriptOf).filter((s) => !["Latin", "Common", "Inherited"].includes(s))),
    ];
    return problem(
      "mixed-script",
      {
        en:
          others.length > 0
            ? `mixes accented or non-English Latin letters with ${scriptList(others, "en")} letters`
            : "mixes accented or non-English Latin letters with characters of other writing",
        es:
          others.length > 0
            ? `mezcla letras latinas acentuadas o no inglesas con letras ${others.length > 1 ? "de los sistemas" : "del sistema"} de escritura ${scriptList(others, "es")}`
            : "mezcla letras latinas acentuadas o no inglesas con caracteres de otra escritura",
      },
      accented,
    );
  },
};
