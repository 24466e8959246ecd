/** URLs in a plain-text body, found by linkifyjs the way mail readers turn them into links. */
import { find } from "linkifyjs";

/**
 * Characters of distinct URL-like words handed to linkify per body. linkify costs one to two
 * microseconds a character, so this bounds a hostile body to about two seconds; 10,000 distinct
 * 100-character URLs still fit.
 */
export const TEXT_SCAN_BUDGET = 1 << 20;

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * Calls `found` with each URL: `href` as linkify reads it ("www.example.com" → "http://www.example.com"),
 * `value` as written; `found` returns false to stop. No URL spans white space, so the text is read
 * word by word, and linkify sees only words that can hold a URL, those with a "." or ":" before their
 * last character (a bare "localhost" is no link here), each distinct word once. Returns whether the
 * whole text was read: false when `found` stopped it or the budget ran out.
 */
export function findTextUrls(text: string, found: (href: string, value: string) => boolean): boolean {
  const seen = new Set<string>();
  let budget = TEXT_SCAN_BUDGET;
  let i = 0;
  while (i < text.length) {
    while (i < text.length && isAsciiSpace(text.charCodeAt(i))) i++;
    const start = i;
    let candidate = false;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (isAsciiSpace(c)) break;
      if ((c === 46 || c === 58) && i + 1 < text.length && !isAsciiSpace(text.charCodeAt(i + 1)))
        candidate = true;
    }
    if (!candidate) continue;
    const word = text.slice(start, i);
    if (seen.has(word)) continue;
    seen.add(word);
    budget -= word.length;
    if (budget < 0) return false;
    for (const match of find(word, "url")) if (!found(match.href, match.value)) return false;
  }
  return true;
}
