import { inScripts, type DangerousPattern } from "./pattern";

/**
 * Chromium: "Disallow U+30FB (Katakana Middle Dot) and U+30FC (Hiragana-Katakana Prolonged Sound)
 * used out-of-context": ー lengthens the kana before it; at the start of a label or after anything
 * else it is a dash.
 */
export const prolongedSoundMark: DangerousPattern = {
  note: {
    en: "is a Japanese long-vowel mark that does not follow kana, so it can pass for a dash",
    es: "es una marca japonesa de vocal larga que no sigue a un kana, así que puede pasar por un guion",
  },
  matches: (c, i) => c[i] === "\u30FC" && !inScripts(c[i - 1], ["Katakana", "Hiragana"]),
};
