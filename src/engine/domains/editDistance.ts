/**
 * Edit-distance helpers for the typo technique. Hand-written: the checks are "at most one edit" and
 * "one adjacent swap", which run in linear time without the full dynamic-programming table a general
 * Levenshtein library would build.
 */

/** True when a and b differ by at most one insertion, deletion or substitution. */
export function isEditDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short.charCodeAt(i) === long.charCodeAt(i)) i++;
  // After the first difference the rest must line up: skip one char of the longer string, or one of each.
  const skipBoth = short.length === long.length ? 1 : 0;
  return short.slice(i + skipBoth) === long.slice(i + 1);
}

/** True when b is a with exactly two neighbouring characters swapped ("hudosn" / "hudson"). */
export function hasOneAdjacentSwap(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
