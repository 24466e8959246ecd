import { CJK_SCRIPTS, outsideScripts, type DangerousPattern } from "./pattern";

/**
 * Ideographs and Bopomofo letters that read as a dash, a dot-like mark or a Latin letter: 一 ㄧ 丨 乛
 * 七 丅 十 〇 ㄒ ㄚ ㄟ ㄨ ㄩ ㄈ ㆺ ㆳ 工 ㆲ 讠 丁 (Chromium's list, in its order).
 */
const LOOKS_LATIN_OR_PUNCTUATION = new Set(
  "\u4E00\u3127\u4E28\u4E5B\u4E03\u4E05\u5341\u3007\u3112\u311A\u311F\u3128\u3129\u3108\u31BA\u31B3\u5DE5\u31B2\u8BA0\u4E01",
);

/**
 * Chromium: "Disallow these CJK ideographs if they are next to non-CJK characters. These characters
 * can be used to spoof Latin characters or punctuation marks" (google十com.com, ip一address.com).
 * Beside Han, kana or Bopomofo they are ordinary writing (一丁, gamer生一).
 */
export const cjkPunctuationLookalikes: DangerousPattern = {
  note: {
    en: "can pass for a Latin letter, a dash or punctuation next to non-Chinese characters",
    es: "puede pasar por una letra latina, un guion o un signo de puntuación junto a caracteres no chinos",
  },
  matches: (c, i) =>
    LOOKS_LATIN_OR_PUNCTUATION.has(c[i]) &&
    (outsideScripts(c[i - 1], CJK_SCRIPTS) || outsideScripts(c[i + 1], CJK_SCRIPTS)),
};
