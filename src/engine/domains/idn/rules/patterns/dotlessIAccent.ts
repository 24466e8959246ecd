import type { DangerousPattern } from "./pattern";

/**
 * Chromium: "Disallow dotless i (U+0131) followed by a combining mark" (U+0300–0339): ı with an
 * accent is drawn like í, ì or i, a different letter (pı̀xel.com).
 */
export const dotlessIAccent: DangerousPattern = {
  note: {
    en: "puts an accent on a dotless i, which then looks like a plain i",
    es: "pone un acento sobre una i sin punto, que entonces parece una i normal",
  },
  matches: (c, i) => /^[\u0300-\u0339]$/.test(c[i]) && c[i - 1] === "\u0131",
};
