import { MIN_BRAND_TOKEN_LENGTH, type DomainIndex, type ProtectedTarget } from "../domainIndex";
import type { Language } from "../../words/language";
import { characterDifference, quotedList, targetName } from "../explain";
import { CREDENTIAL_WORDS, LURE_WORDS } from "../lureWords";
import type { DomainSubject, Token } from "../subject";
import { hasMatchFor, matchFor, NO_MATCHES, type DomainMatch, type Technique } from "./technique";

/**
 * Short names ("iri") count only beside a lure word or another brand ("my-iri"); common words
 * ("house", "live") only beside a sign-in word ("house-login"), since "my-house" is just a phrase.
 * Returns undefined when the name is strong enough alone.
 */
function lureNeeded(t: ProtectedTarget): ReadonlySet<string> | undefined {
  if (t.common) return CREDENTIAL_WORDS;
  return t.label.length < MIN_BRAND_TOKEN_LENGTH ? LURE_WORDS : undefined;
}

function siblings(subject: DomainSubject, token: Token): Token[] {
  return subject.tokens.filter((other) => other.label === token.label && other !== token);
}

/**
 * Another token of the same label is one of the lure words, or another brand. Not another brand for
 * a common word: in "hoover-login" the "login" is the lure for Hoover, not an imitation of login.gov.
 */
function hasLureSibling(
  subject: DomainSubject,
  token: Token,
  t: ProtectedTarget,
  lures: ReadonlySet<string>,
  index: DomainIndex,
): boolean {
  if (token.labelTokens === 1) return false;
  for (const other of subject.tokens) {
    if (other.label !== token.label || other === token) continue;
    if (lures.has(other.text)) return true;
    if (!t.common && index.byLabelSkeleton(other.skeleton, other.skeletonHash).length > 0) return true;
  }
  return false;
}

function explain(subject: DomainSubject, token: Token, t: ProtectedTarget, language: Language): string {
  const others = siblings(subject, token).map((o) => o.text);
  const { host, registrable } = subject.host;
  const difference = characterDifference(token.text, t.label, language);
  if (language === "es") {
    const joined =
      others.length > 0 ? `, unido a ${quotedList(others, language)}` : ", como parte de la dirección";
    const lookalike = token.text === t.label ? "" : ` (escrito “${token.text}”: ${difference})`;
    return `${host} contiene “${t.label}”${lookalike}, el nombre de ${targetName(t)}${joined}. La dirección pertenece a ${registrable}, no a ${t.domain}.`;
  }
  const joined =
    others.length > 0 ? `, joined with ${quotedList(others, language)}` : ", as part of the address";
  const lookalike = token.text === t.label ? "" : ` (spelled “${token.text}”: ${difference})`;
  return `${host} contains “${t.label}”${lookalike}, the name of ${targetName(t)}${joined}. The address belongs to ${registrable}, not to ${t.domain}.`;
}

export const brandToken: Technique = {
  id: "brand-token",
  severity: "suspicious",
  needsProtectedName: true,
  description: "A protected name used as one part of a longer name (adfs-senate.services, my-iri.org).",
  find(subject, index) {
    let found: DomainMatch[] | undefined;
    for (const token of subject.tokens) {
      // A registrable label that is the name alone is the TLD-swap or homograph techniques' case.
      if (token.label === subject.registrableLabelIndex && token.labelTokens === 1) continue;
      for (const t of index.byLabelSkeleton(token.skeleton, token.skeletonHash)) {
        if (t.domain === subject.host.registrable || hasMatchFor(found, t)) continue;
        const lures = lureNeeded(t);
        if (lures && !hasLureSibling(subject, token, t, lures, index)) continue;
        (found ??= []).push(matchFor(brandToken, t, (language) => explain(subject, token, t, language)));
      }
    }
    return found ?? NO_MATCHES;
  },
};
