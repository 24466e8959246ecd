import type { Language } from "../../../words/language";
import { problem } from "../describe";
import type { IdnRule } from "./rule";

/** Latin letters Chromium accepts only under the country domains whose languages use them. */
const ICELANDIC = {
  en: "Icelandic and Faroese addresses (.is, .fo)",
  es: "direcciones de Islandia y las Islas Feroe (.is, .fo)",
};
const COUNTRY_LETTERS: Record<string, { tlds: readonly string[]; where: Record<Language, string> }> = {
  þ: { tlds: ["is", "fo"], where: ICELANDIC },
  ð: { tlds: ["is", "fo"], where: ICELANDIC },
  ə: { tlds: ["az"], where: { en: "Azerbaijani addresses (.az)", es: "direcciones de Azerbaiyán (.az)" } },
};
const MIDDLE_DOT = "\u00B7";

/** þ ð only under .is/.fo, ə only under .az, and · only in Catalan "l·l" under .cat. */
export const tldSpecificCharacters: IdnRule = {
  id: "tld-specific-character",
  check({ chars, tld }) {
    const misplaced = chars.filter((ch, i) => {
      if (ch === MIDDLE_DOT) return !(tld.ascii === "cat" && chars[i - 1] === "l" && chars[i + 1] === "l");
      const letter = COUNTRY_LETTERS[ch];
      return letter !== undefined && !letter.tlds.includes(tld.ascii);
    });
    if (misplaced.length === 0) return undefined;
    return problem(
      "tld-specific-character",
      {
        en: "uses characters that only belong in some countries' addresses",
        es: "usa caracteres que solo corresponden a las direcciones de algunos países",
      },
      misplaced,
      (ch, language) => {
        if (ch === MIDDLE_DOT) {
          return language === "es"
            ? ", solo esperado entre dos eles en direcciones catalanas (.cat)"
            : ", only expected between two l's in Catalan addresses (.cat)";
        }
        const where = COUNTRY_LETTERS[ch].where[language];
        return language === "es" ? `, solo esperado en ${where}` : `, only expected in ${where}`;
      },
    );
  },
};
