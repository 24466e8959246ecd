import type { ProtectedTarget } from "./domainIndex";
import { describeChar } from "./idn";

/** "U.S. Senate (senate.gov)", or just the domain when it has no other name. */
export function targetName(t: ProtectedTarget): string {
  return t.entry.name && t.entry.name !== t.domain ? `${t.entry.name} (${t.domain})` : t.domain;
}

/** “rn”, or “а” (Cyrillic а U+0430) when a character is not plain ASCII. */
function quote(chars: string[]): string {
  const foreign = [...new Set(chars.filter((ch) => ch.charCodeAt(0) >= 0x80))].map((ch) => {
    const info = describeChar(ch);
    return `${info.script} ${ch} ${info.codePoint}`;
  });
  const text = `“${chars.join("")}”`;
  return foreign.length > 0 ? `${text} (${foreign.join(", ")})` : text;
}

/**
 * Which characters differ between what the message shows and the real name, in words:
 * “rn” in place of “m”; “е” (Cyrillic е U+0435) in place of “e”. Trims the common start and end.
 */
export function characterDifference(observed: string, real: string): string {
  const a = Array.from(observed);
  const b = Array.from(real);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const seen = a.slice(start, endA);
  const meant = b.slice(start, endB);
  if (seen.length === 0) return `${quote(meant)} left out`;
  if (meant.length === 0) return `${quote(seen)} added`;
  return `${quote(seen)} in place of ${quote(meant)}`;
}

/** Names a punycode host together with what the reader would see: "xn--snate-bsa.gov (which displays as sénate.gov)". */
export function shownAs(ascii: string, unicode: string): string {
  return ascii === unicode ? ascii : `${ascii} (which displays as ${unicode})`;
}
