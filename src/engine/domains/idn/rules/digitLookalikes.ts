import { problem } from "../describe";
import { DIGIT_LOOKALIKES } from "../lookalikes";
import type { IdnRule } from "./rule";

const ASCII_DIGIT = /^[0-9]$/;

/** The label is only ASCII digits and characters that pass for digits, with at least one of the latter ("1շ" for "12"). */
export const digitLookalikes: IdnRule = {
  id: "digit-lookalike",
  check({ chars }) {
    if (!chars.every((ch) => ASCII_DIGIT.test(ch) || ch in DIGIT_LOOKALIKES)) return undefined;
    const lookalikes = chars.filter((ch) => ch in DIGIT_LOOKALIKES);
    if (lookalikes.length === 0) return undefined;
    return problem(
      "digit-lookalike",
      {
        en: "reads as a number but uses characters that only look like digits",
        es: "se lee como un número pero usa caracteres que solo parecen dígitos",
      },
      lookalikes,
      (ch, language) =>
        DIGIT_LOOKALIKES[ch] === ""
          ? ""
          : language === "es"
            ? ` se parece a ${DIGIT_LOOKALIKES[ch]}`
            : ` looks like ${DIGIT_LOOKALIKES[ch]}`,
    );
  },
};
