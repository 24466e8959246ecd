/**
 * Edit-distance helpers for the typo technique. Hand-written: the checks are "at most one edit" and
 * "one adjacent swap", which run in linear time without the full dynamic-programming table a general
 * Levenshtein library would build.
 */

/** True when a and b differ by at most one insertion, deletion or substitution. */
export function isEditDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  const short = a.length <= b.length ? a : b;
  const long = short === a ? b : a;
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short.charCodeAt(i) === long.charCodeAt(i)) i++;
  // After the first difference the rest must line up: skip one char of the longer string, or one of each.
  const skipBoth = short.length === long.length ? 1 : 0;
  return sameFrom(short, i + skipBoth, long, i + 1);
}

/** a from index i equals b from index j, compared in place. */
function sameFrom(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i !== b.length - j) return false;
  for (; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}

/** True when b is a with exactly two neighbouring characters swapped ("hudosn" / "hudson"). */
export function hasOneAdjacentSwap(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (i < a.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return (
    i + 1 < a.length &&
    a.charCodeAt(i) === b.charCodeAt(i + 1) &&
    a.charCodeAt(i + 1) === b.charCodeAt(i) &&
    sameFrom(a, i + 2, b, i + 2)
  );
}
