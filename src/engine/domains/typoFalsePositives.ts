/**
 * Chromium's filters for edit-distance matches that are usually innocent (lookalike_url_util.cc,
 * IsLikelyEditDistanceFalsePositive), applied to two labels already known to be one edit apart.
 */

/** Length of s without its trailing digits. */
function digitsStart(s: string): number {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) >= 48 && s.charCodeAt(end - 1) <= 57) end--;
  return end;
}

/**
 * "site45" / "site35", "house8" / "house": numbered siblings, not typos. Unlike Chromium, only when
 * the real name has no trailing digits: for "office365" the digits are the brand, and
 * "office356" is a documented spoof.
 */
function onlyTrailingDigitsDiffer(candidate: string, target: string): boolean {
  const base = target.length;
  return digitsStart(target) === base && digitsStart(candidate) === base && candidate.startsWith(target);
}

/** "tank" / "hank", "oodle" / "poodle": a different first letter makes a different word. */
function onlyFirstCharacterDiffers(a: string, b: string): boolean {
  if (a.length === b.length + 1) return a.endsWith(b);
  if (b.length === a.length + 1) return b.endsWith(a);
  if (a.length !== b.length) return false;
  for (let i = 1; i < a.length; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

/** "e-bay" / "ebay": an added hyphen reads as the same name, and owners often register both. */
function onlyHyphensDiffer(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && a.charCodeAt(i) === 45) i++;
    while (j < b.length && b.charCodeAt(j) === 45) j++;
    if (i === a.length || j === b.length) return i === a.length && j === b.length;
    if (a.charCodeAt(i++) !== b.charCodeAt(j++)) return false;
  }
}

export function isLikelyTypoFalsePositive(candidate: string, target: string): boolean {
  return (
    onlyTrailingDigitsDiffer(candidate, target) ||
    onlyFirstCharacterDiffers(candidate, target) ||
    onlyHyphensDiffer(candidate, target)
  );
}
