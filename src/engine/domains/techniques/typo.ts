import { COMMON_WORDS } from "../data/commonWords";
import { MIN_TYPO_LENGTH, type DomainIndex, type ProtectedTarget } from "../domainIndex";
import { hasOneAdjacentSwap, isEditDistanceAtMostOne } from "../editDistance";
import { characterDifference, targetName } from "../explain";
import type { DomainSubject } from "../subject";
import { isLikelyTypoFalsePositive } from "../typoFalsePositives";
import { hasMatchFor, matchFor, NO_MATCHES, type DomainMatch, type Technique } from "./technique";

/** Targets one slip away from a name (its skeleton), after Chromium's false-positive filters. */
const NONE: readonly ProtectedTarget[] = [];

function nearMisses(
  name: string,
  s: string,
  hash: number,
  index: DomainIndex,
  registrable: string,
): readonly ProtectedTarget[] {
  if (s.length < MIN_TYPO_LENGTH) return NONE;
  const candidates = index.typoCandidates(s, hash);
  // An ordinary word ("horse") is a name in its own right, not a misspelt "house".
  if (candidates.length === 0 || COMMON_WORDS.has(name)) return NONE;
  let near: ProtectedTarget[] | undefined;
  for (const t of candidates) {
    const other = t.labelSkeleton;
    if (
      t.domain !== registrable &&
      other !== s &&
      other.length >= MIN_TYPO_LENGTH &&
      (isEditDistanceAtMostOne(s, other) || hasOneAdjacentSwap(s, other)) &&
      !isLikelyTypoFalsePositive(s, other)
    ) {
      (near ??= []).push(t);
    }
  }
  return near ?? NONE;
}

/** Hyphenated parts ("sharepoints" in my-sharepoints.com); common-word brands are too weak here. */
function tokenMisses(
  subject: DomainSubject,
  index: DomainIndex,
  found: DomainMatch[] | undefined,
): DomainMatch[] | undefined {
  for (const token of subject.tokens) {
    if (token.labelTokens < 2) continue;
    for (const t of nearMisses(
      token.text,
      token.skeleton,
      token.skeletonHash,
      index,
      subject.host.registrable,
    )) {
      if (t.common || hasMatchFor(found, t)) continue;
      (found ??= []).push(
        matchFor(typo, t, (language) =>
          language === "es"
            ? `${subject.host.host} contiene “${token.text}”, a un solo error del nombre de ${targetName(t)}: ${characterDifference(token.text, t.label, language)}.`
            : `${subject.host.host} contains “${token.text}”, one slip away from the name of ${targetName(t)}: ${characterDifference(token.text, t.label, language)}.`,
        ),
      );
    }
  }
  return found;
}

export const typo: Technique = {
  id: "typo",
  severity: "suspicious",
  description:
    "One letter added, left out, changed or two letters swapped in a protected name of five or more letters (hudsom.org, my-sharepoints.com).",
  find(subject, index) {
    let found: DomainMatch[] | undefined;
    const { label, unicodeLabel, labelSkeletons, host } = subject;
    const hash = subject.labelSkeletonHashAt[subject.registrableLabelIndex];
    for (const t of nearMisses(label, labelSkeletons[0], hash, index, host.registrable)) {
      (found ??= []).push(
        matchFor(typo, t, (language) =>
          language === "es"
            ? `${host.registrable} está a un solo error de ${targetName(t)}: ${characterDifference(unicodeLabel, t.label, language)}.`
            : `${host.registrable} is one slip away from ${targetName(t)}: ${characterDifference(unicodeLabel, t.label, language)}.`,
        ),
      );
    }
    found = tokenMisses(subject, index, found);
    return found ?? NO_MATCHES;
  },
};
