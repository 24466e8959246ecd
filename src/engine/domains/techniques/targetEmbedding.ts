import type { DomainIndex, ProtectedTarget } from "../domainIndex";
import { targetName } from "../explain";
import { skeleton } from "../skeleton";
import type { DomainSubject, Token } from "../subject";
import { matchFor, NO_MATCHES, type DomainMatch, type Technique } from "./technique";

/** A one- or two-letter name without its dot ("xcom") reads as an ordinary word. */
const MIN_DOTLESS_LABEL = 3;

/** What was found so far, and how each target is written; allocated on the first find. */
type Found = Map<ProtectedTarget, string> | undefined;

/** Protected domains have two labels (senate.gov) or three (bbc.co.uk). */
const SPANS = [2, 3];

function beforeHyphen(label: string): string {
  const hyphen = label.indexOf("-");
  return hyphen < 0 ? label : label.slice(0, hyphen);
}

/** Labels from..last joined with dots, the last one cut at its first hyphen ("senate.gov" of senate.gov-login). */
function dotted(labels: readonly string[], from: number, last: number): string {
  let out = labels[from];
  for (let k = from + 1; k < last; k++) out += "." + labels[k];
  return out + "." + beforeHyphen(labels[last]);
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

/** Full domains written left of the real registrable label, dots kept: senate.gov-login.com, senate.gov.evil.info. */
function withDots(subject: DomainSubject, index: DomainIndex, found: Found): Found {
  const { labels, unicodeLabels } = subject;
  for (let i = 0; i < subject.registrableLabelIndex; i++) {
    // An embedded domain starts with a protected name: one lookup rules most labels out.
    if (index.byLabelSkeleton(subject.labelSkeletonAt[i], subject.labelSkeletonHashAt[i]).length === 0)
      continue;
    for (const span of SPANS) {
      const last = i + span - 1;
      if (last >= labels.length) break;
      const ascii = dotted(labels, i, last);
      const shown = unicodeLabels === labels ? ascii : dotted(unicodeLabels, i, last);
      const exact = index.byDomain(ascii);
      for (const t of exact ? [exact] : index.byDomainSkeleton(skeleton(shown))) {
        found ??= new Map();
        if (!found.has(t))
          found.set(t, t.domain === shown ? `“${t.domain}”` : `“${shown}” (looks like ${t.domain})`);
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
      if (t.label.length >= MIN_DOTLESS_LABEL && !found?.has(t)) {
        (found ??= new Map()).set(t, `“${tokens[i].text}” (${t.domain} without its dot)`);
      }
    }
    const named = index.byLabel(tokens[i].text, tokens[i].hash);
    if (named.length === 0) continue;
    for (const span of SPANS) {
      const end = i + span;
      if (end > tokens.length || tokens[end - 1].label !== tokens[i].label) break;
      for (const t of named) {
        if (
          t.label.length < MIN_DOTLESS_LABEL ||
          found?.has(t) ||
          !spellsEnding(tokens, i + 1, end, t.suffix)
        )
          continue;
        const written = tokens
          .slice(i, end)
          .map((tk) => tk.text)
          .join("-");
        (found ??= new Map()).set(t, `“${written}” (${t.domain} with a hyphen for the dot)`);
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
    const found = withoutDots(subject, index, withDots(subject, index, undefined));
    if (!found) return NO_MATCHES;
    const out: DomainMatch[] = [];
    for (const [t, how] of found) {
      if (t.domain === subject.host.registrable) continue;
      out.push(
        matchFor(
          targetEmbedding,
          t,
          () =>
            `${subject.host.host} contains ${how}, the address of ${targetName(t)}, inside a longer name: it really belongs to ${subject.host.registrable}.`,
        ),
      );
    }
    return out;
  },
};
