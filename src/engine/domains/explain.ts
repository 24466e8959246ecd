import type { Language } from "../words/language";
import { listOf } from "../words/language";
import type { ProtectedTarget } from "./domainIndex";
import { describeChar } from "./idn";
import { scriptName } from "./idn/scriptNames";

/** "U.S. Senate (senate.gov)", or just the domain when it has no other name. */
export function targetName(t: ProtectedTarget): string {
  return t.entry.name && t.entry.name !== t.domain ? `${t.entry.name} (${t.domain})` : t.domain;
}

/** “rn”, or “а” (Cyrillic а U+0430) when a character is not plain ASCII. */
function quote(chars: string[], language: Language): string {
  const foreign = [...new Set(chars.filter((ch) => ch.charCodeAt(0) >= 0x80))].map((ch) => {
    const info = describeChar(ch);
    const script = scriptName(info.script, language);
    return language === "es"
      ? `${ch} ${info.codePoint} del sistema ${script}`
      : `${script} ${ch} ${info.codePoint}`;
  });
  const text = `“${chars.join("")}”`;
  return foreign.length > 0 ? `${text} (${foreign.join(", ")})` : text;
}

const DIFFERENCE: Record<Language, { left: string; added: string; instead: string }> = {
  en: { left: "left out", added: "added", instead: "in place of" },
  es: { left: "omitido", added: "añadido", instead: "en lugar de" },
};

/**
 * Which characters differ between what the message shows and the real name, in words:
 * “rn” in place of “m”; “е” (Cyrillic е U+0435) in place of “e”. Trims the common start and end.
 */
export function characterDifference(observed: string, real: string, language: Language = "en"): string {
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
  const words = DIFFERENCE[language];
  if (seen.length === 0) return `${quote(meant, language)} ${words.left}`;
  if (meant.length === 0) return `${quote(seen, language)} ${words.added}`;
  return `${quote(seen, language)} ${words.instead} ${quote(meant, language)}`;
}

/** Names a punycode host together with what the reader would see: "xn--snate-bsa.gov (which displays as sénate.gov)". */
export function shownAs(ascii: string, unicode: string, language: Language = "en"): string {
  if (ascii === unicode) return ascii;
  return language === "es"
    ? `${ascii} (que se muestra como ${unicode})`
    : `${ascii} (which displays as ${unicode})`;
}

/** “a” and “b”, quoted, in the reader's language. */
export function quotedList(items: readonly string[], language: Language): string {
  return listOf(
    items.map((i) => `“${i}”`),
    language,
  );
}
