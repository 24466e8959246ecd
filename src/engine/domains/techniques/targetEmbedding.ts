import type { Language } from "../../words/language";
import type { DomainIndex, ProtectedTarget } from "../domainIndex";
import { targetName } from "../explain";
import { skeleton } from "../skeleton";
import type { DomainSubject, Token } from "../subject";
import { hasMatchFor, matchFor, NO_MATCHES, type DomainMatch, type Technique } from "./technique";

/** A one- or two-letter name without its dot ("xcom") reads as an ordinary word. */
const MIN_DOTLESS_LABEL = 3;

/** What was found so far; allocated on the first find. */
type Found = DomainMatch[] | undefined;

/** Protected domains have two labels (senate.gov) or three (bbc.co.uk). */
const SPANS = [2, 3];

function hyphenAt(label: string): number {
  const hyphen = label.indexOf("-");
  return hyphen < 0 ? label.length : hyphen;
}

/** Labels from..last joined with dots, the last one cut at its first hyphen ("senate.gov" of senate.gov-login). */
function dotted(labels: readonly string[], from: number, last: number): string {
  let out = "";
  for (let k = from; k < last; k++) out += labels[k] + ".";
  return out + labels[last].slice(0, hyphenAt(labels[last]));
}

/** Labels from..last, the last cut at its first hyphen, spell `suffix` ("gov", "co.uk"), compared in place. */
function writesSuffix(labels: readonly string[], from: number, last: number, suffix: string): boolean {
  let at = 0;
  for (let k = from; k <= last; k++) {
    const label = labels[k];
    const length = k === last ? hyphenAt(label) : label.length;
    if (k > from && suffix.charCodeAt(at++) !== 46) return false;
    if (at + length > suffix.length) return false;
    for (let c = 0; c < length; c++) if (suffix.charCodeAt(at++) !== label.charCodeAt(c)) return false;
  }
  return at === suffix.length;
}

/** Tokens from..end spell the ending with hyphens for dots: "org" for .org, "co", "uk" for .co.uk. */
function spellsEnding(tokens: readonly Token[], from: number, end: number, suffix: string): boolean {
  let at = 0;
  for (let k = from; k < end; k++) {
    if (k > from && suffix.charCodeAt(at++) !== 46) return false;
    const text = tokens[k].text;
    if (!suffix.startsWith(text, at)) return false;
    at += text.length;
  }
  return at === suffix.length;
}

/** Adds t, written in the domain as `how` says, unless it is the domain itself or already found. */
function report(
  subject: DomainSubject,
  found: Found,
  t: ProtectedTarget,
  how: (language: Language) => string,
): Found {
  const { host } = subject;
  if (t.domain === host.registrable || hasMatchFor(found, t)) return found;
  (found ??= []).push(
    matchFor(targetEmbedding, t, (language) =>
      language === "es"
        ? `${host.host} contiene ${how(language)}, la dirección de ${targetName(t)}, dentro de un nombre más largo: en realidad pertenece a ${host.registrable}.`
        : `${host.host} contains ${how(language)}, the address of ${targetName(t)}, inside a longer name: it really belongs to ${host.registrable}.`,
    ),
  );
  return found;
}

/**
 * Full domains written left of the real registrable label, dots kept: senate.gov-login.com,
 * senate.gov.evil.info. The embedded domain starts with a label whose skeleton is a protected name,
 * and the labels after it spell that domain's ending, exactly or by skeleton.
 */
function withDots(subject: DomainSubject, index: DomainIndex, found: Found): Found {
  const { labels, unicodeLabels } = subject;
  for (let i = 0; i < subject.registrableLabelIndex; i++) {
    const named = index.byLabelSkeleton(subject.labelSkeletonAt[i], subject.labelSkeletonHashAt[i]);
    if (named.length === 0) continue;
    for (const span of SPANS) {
      const last = i + span - 1;
      if (last >= labels.length) break;
      const exact = named.find((t) => t.label === labels[i] && writesSuffix(labels, i + 1, last, t.suffix));
      let ending: string | undefined;
      for (const t of exact ? [exact] : named) {
        if (!exact) {
          if (t.suffixLabels !== span - 1) continue;
          ending ??= skeleton(dotted(unicodeLabels, i + 1, last));
          if (ending !== t.suffixSkeleton) continue;
        }
        found = report(subject, found, t, (language) => {
          const shown = dotted(unicodeLabels, i, last);
          if (t.domain === shown) return `“${t.domain}”`;
          return language === "es"
            ? `“${shown}” (parecido a ${t.domain})`
            : `“${shown}” (looks like ${t.domain})`;
        });
      }
    }
  }
  return found;
}

/** Domains with the dot dropped or turned into a hyphen inside one label: hudsonorg-…, hudson-org-…. */
function withoutDots(subject: DomainSubject, index: DomainIndex, found: Found): Found {
  const { tokens } = subject;
  for (let i = 0; i < tokens.length; i++) {
    for (const t of index.byDotless(tokens[i].text, tokens[i].hash)) {
      const text = tokens[i].text;
      if (t.label.length >= MIN_DOTLESS_LABEL)
        found = report(subject, found, t, (language) =>
          language === "es"
            ? `“${text}” (${t.domain} sin su punto)`
            : `“${text}” (${t.domain} without its dot)`,
        );
    }
    const named = index.byLabel(tokens[i].text, tokens[i].hash);
    if (named.length === 0) continue;
    for (const span of SPANS) {
      const end = i + span;
      if (end > tokens.length || tokens[end - 1].label !== tokens[i].label) break;
      for (const t of named) {
        if (t.label.length < MIN_DOTLESS_LABEL || !spellsEnding(tokens, i + 1, end, t.suffix)) continue;
        found = report(subject, found, t, (language) => {
          const written = tokens
            .slice(i, end)
            .map((tk) => tk.text)
            .join("-");
          return language === "es"
            ? `“${written}” (${t.domain} con un guion en lugar del punto)`
            : `“${written}” (${t.domain} with a hyphen for the dot)`;
        });
      }
    }
  }
  return found;
}

export const targetEmbedding: Technique = {
  id: "target-embedding",
  severity: "dangerous",
  needsProtectedName: true,
  description:
    "A protected domain written inside another domain, with its dot kept, dropped or replaced (hudsonorg-my-sharepoint.com, senate.gov-login.com).",
  find(subject, index) {
    return withoutDots(subject, index, withDots(subject, index, undefined)) ?? NO_MATCHES;
  },
};
