/**
 * Chromium's additions to the Unicode confusables data (the mapping lists in Chromium's
 * skeleton generator, re-typed here as data). They cover look-alikes Unicode does not map, such as
 * Cyrillic н for h, Han 七 for t, Indic digits that look like Latin letters, and long dashes.
 */

/** Each group's characters map to the prototype. Applied before (so winning over) confusables.txt. */
const GROUPS: ReadonlyArray<readonly [chars: string, prototype: string]> = [
  ["æӕ", "ae"],
  ["ϼҏ", "p"],
  ["ħнћңҥӈӊԋԧԩ", "h"],
  ["ĸκкқҝҟҡӄԟ", "k"],
  ["ŋпԥกח", "n"],
  ["ŧтҭԏ七丅丆丁", "t"],
  ["ƅьҍвß", "b"],
  ["ωшщพฟພຟ", "w"],
  ["мӎ", "m"],
  ["єҽҿၔ", "e"],
  ["ґ", "r"],
  ["ғӻ", "f"],
  ["ҫင", "c"],
  ["ұ丫", "y"],
  ["χҳӽӿ乂", "x"],
  ["ԃძ", "d"],
  ["ԍဌ", "g"],
  ["ടรຣຮ", "s"],
  ["၂", "j"],
  // Digit-ish look-alikes.
  ["०০੦૦ଠ୦೦စ", "o"],
  ["৭੧૧", "q"],
  ["บບ", "u"],
  ["θ", "0"],
  ["२২੨૨೩೭շ", "2"],
  ["зҙӡउওਤ੩૩౩ဒვპੜკ", "3"],
  ["੫丩ㄐ", "4"],
  ["ճ", "6"],
  ["৪੪୫", "8"],
  ["૭୨౨", "9"],
  // Dashes that confusables.txt maps to U+30FC (ー) or not at all.
  ["—一―⸺⸻", "-"],
];

/** Chromium's extra map as code point → prototype. */
export function chromiumExtras(): Map<number, string> {
  const map = new Map<number, string>();
  for (const [chars, prototype] of GROUPS) {
    for (const ch of chars) map.set(ch.codePointAt(0) as number, prototype);
  }
  return map;
}

/**
 * Characters that look like more than one thing: each yields one skeleton per reading (Chromium's
 * multiple skeletons). The character itself, mapped as usual, is always the first reading.
 * Chromium maps ӏ to l on top of ICU's i; Unicode 17 maps it to l, so here i is the extra reading.
 */
export const ALTERNATIVES: ReadonlyMap<string, readonly string[]> = new Map([
  ["þ", ["b", "p"]],
  ["œ", ["ce", "oe"]],
  ["ł", ["l", "t"]],
  ["ӏ", ["l", "i"]],
]);

/** Chromium's caps: more look-alike characters than this means a label is not a convincing spoof. */
export const MAX_CHARACTERS_WITH_ALTERNATIVES = 5;
export const MAX_SKELETONS = 128;
