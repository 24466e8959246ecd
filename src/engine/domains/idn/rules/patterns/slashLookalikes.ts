import { JAPANESE_SCRIPTS, outsideScripts, type DangerousPattern } from "./pattern";

// Katakana ノ ン ソ ゾ and the ideographs 丶 乀 乁 丿: one stroke each, a slash to a Latin reader.
const SLASH_LIKE = new Set("\u30CE\u30F3\u30BD\u30BE\u4E36\u4E40\u4E41\u4E3F");

/**
 * Chromium: "Disallow the following as they may be mistaken for slashes when they're surrounded by
 * non-Japanese scripts" (a character that is not Katakana, Hiragana or Han on both sides), as in
 * example.com丿test. Beside one Japanese character they are ordinary writing (ビタミンb1).
 */
export const slashLookalikes: DangerousPattern = {
  note: {
    en: "can pass for a slash between non-Japanese characters",
    es: "puede pasar por una barra entre caracteres no japoneses",
  },
  matches: (c, i) =>
    SLASH_LIKE.has(c[i]) &&
    outsideScripts(c[i - 1], JAPANESE_SCRIPTS) &&
    outsideScripts(c[i + 1], JAPANESE_SCRIPTS),
};
