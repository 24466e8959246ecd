import type { DangerousPattern } from "./pattern";

/**
 * Chromium: "Disallow combining Kana voiced sound marks" (U+3099, U+309A): voiced kana have their
 * own code points, so the combining marks only serve to put two small strokes or a ring on
 * anything (google゙.com).
 */
export const kanaVoicedSoundMarks: DangerousPattern = {
  note: {
    en: "is a combining Japanese voicing mark, which written kana never need",
    es: "es una marca japonesa de sonorización combinable, que la escritura en kana nunca necesita",
  },
  matches: (c, i) => c[i] === "\u3099" || c[i] === "\u309A",
};
