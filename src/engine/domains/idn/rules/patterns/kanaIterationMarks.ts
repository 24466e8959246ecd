import { inScripts, type DangerousPattern } from "./pattern";

/**
 * Chromium: "Disallow U+30FD (Katakana iteration mark) and U+30FE (Katakana voiced iteration mark)
 * unless they're preceded by a Katakana": ヽ and ヾ repeat the kana before them, so elsewhere they
 * are only marks that look like a quote or an apostrophe.
 */
export const kanaIterationMarks: DangerousPattern = {
  note: {
    en: "is a Katakana repeat mark that does not follow Katakana",
    es: "es una marca de repetición katakana que no sigue a un katakana",
  },
  matches: (c, i) => (c[i] === "\u30FD" || c[i] === "\u30FE") && !inScripts(c[i - 1], ["Katakana"]),
};
