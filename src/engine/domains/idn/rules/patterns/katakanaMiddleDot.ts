import type { DangerousPattern } from "./pattern";

const ASCII_LOWER = /^[a-z]$/;

/**
 * Chromium: the Katakana middle dot ・ "used out-of-context", which its regex spells as a dot beside
 * an ASCII letter ([a-z]・ or ・[a-z]): between Japanese words it separates them, beside Latin
 * letters it is a full stop (abc・def).
 */
export const katakanaMiddleDot: DangerousPattern = {
  note: {
    en: "can pass for a dot next to Latin letters",
    es: "puede pasar por un punto junto a letras latinas",
  },
  matches: (c, i) =>
    c[i] === "\u30FB" && (ASCII_LOWER.test(c[i - 1] ?? "") || ASCII_LOWER.test(c[i + 1] ?? "")),
};
