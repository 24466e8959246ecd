import { toUnicode } from "tr46";
import { problem } from "../describe";
import type { IdnRule } from "./rule";

const MARK = /^\p{M}$/u;

/** A character UTS #46 refuses or rewrites (symbols, compatibility forms, "?"); probed after a neutral "0". */
function refusedByIdna(ch: string): boolean {
  const { domain, error } = toUnicode(`0${ch}`, { useSTD3ASCIIRules: true });
  return error || domain !== `0${ch}`;
}

/** UTS #46 ToUnicode failed: broken punycode, disallowed characters, a leading mark, BiDi or joiner rules. */
export const invalidIdna: IdnRule = {
  id: "invalid-idna",
  check(label) {
    if (label.valid) return undefined;
    const culprits = label.chars.filter((ch, i) => (i === 0 && MARK.test(ch)) || refusedByIdna(ch));
    return problem(
      "invalid-idna",
      {
        en: `“${label.ascii}” is not a valid international web address, so browsers show only its xn-- code`,
        es: `“${label.ascii}” no es una dirección web internacional válida, así que los navegadores solo muestran su código xn--`,
      },
      culprits,
    );
  },
};
