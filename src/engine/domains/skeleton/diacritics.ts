import { isAscii } from "./ascii";

/**
 * Chromium's condition for removing diacritics: Latin, Greek, Cyrillic, digits, `_`, `-` and the
 * combining marks U+0300–U+0339. Marks on other scripts are left alone (Chromium blocks those labels
 * anyway, and stripping them could turn a different word into a look-alike).
 */
const LGC_LABEL = /^[\u0300-\u0339\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}0-9_-]*$/u;
const NONSPACING_MARKS = /\p{Mn}/gu;
/** Letters with a stroke have no decomposition, so NFD leaves them; Chromium maps these three. */
const STROKED = /[łøđ]/g;
const UNSTROKED: Readonly<Record<string, string>> = { ł: "l", ø: "o", đ: "d" };

/**
 * NFD → remove nonspacing marks → NFC, plus ł>l ø>o đ>d (Chromium's diacritic remover), for each
 * dot-separated label that is all Latin/Greek/Cyrillic/[0-9_-]/U+0300–0339; other labels are returned
 * unchanged. Deciding per label (Chromium decides per host) keeps `skeleton` label-by-label:
 * a CJK label does not stop `é` being stripped in the next label.
 */
export function removeDiacritics(text: string): string {
  if (isAscii(text)) return text;
  return text.split(".").map(removeFromLabel).join(".");
}

function removeFromLabel(label: string): string {
  if (!LGC_LABEL.test(label)) return label;
  return label
    .normalize("NFD")
    .replace(NONSPACING_MARKS, "")
    .normalize("NFC")
    .replace(STROKED, (ch) => UNSTROKED[ch]);
}
