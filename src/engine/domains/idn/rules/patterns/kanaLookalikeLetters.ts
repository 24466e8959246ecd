import { inScripts, type DangerousPattern } from "./pattern";

const HIRAGANA_HE = /^[\u3078-\u307A]$/; // へ べ ぺ
const KATAKANA_HE = /^[\u30D8-\u30DA]$/; // ヘ ベ ペ

/** Every character but chars[i] is used with `script`, with at least one on each side. */
function surroundedBy(c: readonly string[], i: number, script: string): boolean {
  return i > 0 && i < c.length - 1 && c.every((ch, j) => j === i || inScripts(ch, [script]));
}

/**
 * Chromium: "Disallow three Hiragana letters (U+307[8-A]) or Katakana letters (U+30D[8-A]) that
 * look exactly like each other when they're used in a label otherwise entirely in Katakana or
 * Hiragana": へ and ヘ are drawn the same, so a Hiragana へ inside a Katakana word is a swapped letter.
 */
export const kanaLookalikeLetters: DangerousPattern = {
  note: {
    en: "is a kana letter drawn exactly like its twin in the other kana alphabet, inside a word written in that other alphabet",
    es: "es una letra kana idéntica a su gemela del otro silabario, dentro de una palabra escrita en ese otro silabario",
  },
  matches: (c, i) =>
    (HIRAGANA_HE.test(c[i]) && surroundedBy(c, i, "Katakana")) ||
    (KATAKANA_HE.test(c[i]) && surroundedBy(c, i, "Hiragana")),
};
