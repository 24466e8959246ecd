/**
 * Chromium's filters for edit-distance matches that are usually innocent (lookalike_url_util.cc,
 * IsLikelyEditDistanceFalsePositive), applied to two labels already known to be one edit apart.
 */

function withoutTrailingDigits(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) >= 48 && s.charCodeAt(end - 1) <= 57) end--;
  return s.slice(0, end);
}

/**
 * "site45" / "site35", "house8" / "house": numbered siblings, not typos. Unlike Chromium, only when
 * the real name has no trailing digits: for "office365" the digits are the brand, and
 * "office356" is a documented spoof.
 */
function onlyTrailingDigitsDiffer(candidate: string, target: string): boolean {
  const base = withoutTrailingDigits(target);
  return base === target && withoutTrailingDigits(candidate) === base;
}

/** "tank" / "hank", "oodle" / "poodle": a different first letter makes a different word. */
function onlyFirstCharacterDiffers(a: string, b: string): boolean {
  return a.slice(1) === b.slice(1) || a.slice(1) === b || b.slice(1) === a;
}

/** "e-bay" / "ebay": an added hyphen reads as the same name, and owners often register both. */
function onlyHyphensDiffer(a: string, b: string): boolean {
  return a.split("-").join("") === b.split("-").join("");
}

export function isLikelyTypoFalsePositive(candidate: string, target: string): boolean {
  return (
    onlyTrailingDigitsDiffer(candidate, target) ||
    onlyFirstCharacterDiffers(candidate, target) ||
    onlyHyphensDiffer(candidate, target)
  );
}
