import { problem } from "../describe";
import type { IdnRule } from "./rule";

/** Latin letters Chromium accepts only under the country domains whose languages use them. */
const COUNTRY_LETTERS: Record<string, { tlds: readonly string[]; where: string }> = {
  þ: { tlds: ["is", "fo"], where: "Icelandic and Faroese addresses (.is, .fo)" },
  ð: { tlds: ["is", "fo"], where: "Icelandic and Faroese addresses (.is, .fo)" },
  ə: { tlds: ["az"], where: "Azerbaijani addresses (.az)" },
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
      "uses characters that only belong in some countries' addresses",
      misplaced,
      (ch) =>
        ch === MIDDLE_DOT
          ? ", only expected between two l's in Catalan addresses (.cat)"
          : `, only expected in ${COUNTRY_LETTERS[ch].where}`,
    );
  },
};
