import { outsideScripts, type DangerousPattern } from "./pattern";

const LATIN_ACCENT = /^[\u0300-\u0339]$/;
const LGC = ["Latin", "Greek", "Cyrillic"];

/**
 * Chromium: "Disallow combining diacritical mark (U+0300-U+0339) after a non-LGC character":
 * on a letter of another script (नागरी́) or on a digit, a Latin accent is a stray stroke that can
 * pass for punctuation.
 */
export const accentOnOtherScript: DangerousPattern = {
  note: {
    en: "puts a Latin accent on a character that is not a Latin, Greek or Cyrillic letter, where it can pass for punctuation",
    es: "pone un acento latino sobre un carácter que no es una letra latina, griega ni cirílica, donde puede pasar por un signo de puntuación",
  },
  matches: (c, i) => LATIN_ACCENT.test(c[i]) && outsideScripts(c[i - 1], LGC),
};
