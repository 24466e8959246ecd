import { problem } from "../describe";
import type { IdnRule } from "./rule";

const DIGIT = /^\p{Nd}$/u;

/**
 * The zero of a decimal digit's set. Unicode encodes every set as ten consecutive code points
 * 0…9, sometimes several sets back to back, so count from the start of the run of digits.
 */
function zeroOf(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  let start = cp;
  while (DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return start + Math.floor((cp - start) / 10) * 10;
}

/** Digits from two or more numbering systems in one label ("1" with Devanagari "१"). */
export const mixedNumbering: IdnRule = {
  id: "mixed-numbering",
  check({ chars }) {
    const firstOfEachSystem = new Map<number, string>();
    for (const ch of chars) {
      if (!DIGIT.test(ch)) continue;
      const zero = zeroOf(ch);
      if (!firstOfEachSystem.has(zero)) firstOfEachSystem.set(zero, ch);
    }
    if (firstOfEachSystem.size < 2) return undefined;
    return problem(
      "mixed-numbering",
      {
        en: "mixes digits from different number systems",
        es: "mezcla dígitos de distintos sistemas de numeración",
      },
      [...firstOfEachSystem.values()],
    );
  },
};
