/** URL clean-up without WHATWG `URL`'s rewriting: hrefs stay as written, only what a browser ignores goes. */

/** C0 controls and space (trimmed by the URL parser) and the rest of JavaScript's white space. */
function isTrimmed(c: number): boolean {
  return (
    c <= 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Trimmed, with tabs and line breaks inside removed: the URL parser drops them, so
 * "java&#10;script:" is a javascript: link and must read as one.
 */
export function cleanHref(raw: string): string {
  let start = 0;
  let end = raw.length;
  while (start < end && isTrimmed(raw.charCodeAt(start))) start++;
  while (end > start && isTrimmed(raw.charCodeAt(end - 1))) end--;
  let out = "";
  let from = start;
  for (let i = start; i < end; i++) {
    const c = raw.charCodeAt(i);
    if (c === 9 || c === 10 || c === 13) {
      out += raw.slice(from, i);
      from = i + 1;
    }
  }
  return from === start ? raw.slice(start, end) : out + raw.slice(from, end);
}

/** The scheme in lower case ("https", "javascript"), or "" for a relative reference. */
export function schemeOf(href: string): string {
  const first = href.charCodeAt(0) | 0x20;
  if (first < 97 || first > 122) return "";
  for (let i = 1; i < href.length; i++) {
    const c = href.charCodeAt(i);
    if (c === 58) return href.slice(0, i).toLowerCase();
    const lower = c | 0x20;
    const schemeChar =
      (lower >= 97 && lower <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46;
    if (!schemeChar) return "";
  }
  return "";
}

/** The document's base URL from `<base href>`, when it is absolute (a relative base has nothing to resolve against). */
export function parseBase(raw: string | undefined): URL | undefined {
  if (raw === undefined) return undefined;
  try {
    return new URL(cleanHref(raw));
  } catch {
    return undefined;
  }
}

/** A relative href resolved as the browser would; absolute ones, and what cannot be resolved, unchanged. */
export function resolveHref(href: string, base: URL): string {
  if (schemeOf(href) !== "") return href;
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}

/** Two spellings of one URL ("HTTP://Example.com" and "http://example.com/") compare equal. */
export function sameUrlKey(href: string): string {
  try {
    return new URL(href).href;
  } catch {
    return href;
  }
}
