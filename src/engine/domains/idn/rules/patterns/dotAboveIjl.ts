import type { DangerousPattern } from "./pattern";

/**
 * Chromium: "Disallow U+0307 (dot above) after 'i', 'j', 'l'": a second dot on i or j is
 * invisible, and l with a dot reads as i (pi̇xel.com, l̇ace.com).
 */
export const dotAboveIjl: DangerousPattern = {
  note: { en: "puts an extra dot above i, j or l", es: "pone un punto de más sobre una i, j o l" },
  matches: (c, i) => c[i] === "\u0307" && /^[ijl]$/.test(c[i - 1] ?? ""),
};
