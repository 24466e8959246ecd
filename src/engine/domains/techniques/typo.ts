import { COMMON_WORDS } from "../data/commonWords";
import { MIN_TYPO_LENGTH, type DomainIndex, type ProtectedTarget } from "../domainIndex";
import { hasOneAdjacentSwap, isEditDistanceAtMostOne } from "../editDistance";
import { characterDifference, targetName } from "../explain";
import type { DomainSubject } from "../subject";
import { isLikelyTypoFalsePositive } from "../typoFalsePositives";
import { matchFor, type DomainMatch, type Technique } from "./technique";

/** Targets one slip away from a name (its skeleton), after Chromium's false-positive filters. */
function nearMisses(name: string, s: string, index: DomainIndex, registrable: string): ProtectedTarget[] {
  // An ordinary word ("horse") is a name in its own right, not a misspelt "house".
  if (s.length < MIN_TYPO_LENGTH || COMMON_WORDS.has(name)) return [];
  return index
    .typoCandidates(s)
    .filter(
      (t) =>
        t.domain !== registrable &&
        t.labelSkeleton !== s &&
        t.labelSkeleton.length >= MIN_TYPO_LENGTH &&
        (isEditDistanceAtMostOne(s, t.labelSkeleton) || hasOneAdjacentSwap(s, t.labelSkeleton)) &&
        !isLikelyTypoFalsePositive(s, t.labelSkeleton),
    );
}

/** Hyphenated parts ("sharepoints" in my-sharepoints.com); common-word brands are too weak here. */
function tokenMisses(
  subject: DomainSubject,
  index: DomainIndex,
  found: Map<ProtectedTarget, DomainMatch>,
): void {
  for (const token of subject.tokens) {
    if (subject.tokensInLabel[token.label] < 2) continue;
    for (const t of nearMisses(token.text, token.skeleton, index, subject.host.registrable)) {
      if (t.common || found.has(t)) continue;
      found.set(
        t,
        matchFor(
          typo,
          t,
          () =>
            `${subject.host.host} contains “${token.text}”, one slip away from the name of ${targetName(t)}: ${characterDifference(token.text, t.label)}.`,
        ),
      );
    }
  }
}

export const typo: Technique = {
  id: "typo",
  severity: "suspicious",
  description:
    "One letter added, left out, changed or two letters swapped in a protected name of five or more letters (hudsom.org, my-sharepoints.com).",
  find(subject, index) {
    const found = new Map<ProtectedTarget, DomainMatch>();
    const { label, unicodeLabel, labelSkeletons, host } = subject;
    for (const t of nearMisses(label, labelSkeletons[0], index, host.registrable)) {
      found.set(
        t,
        matchFor(
          typo,
          t,
          () =>
            `${host.registrable} is one slip away from ${targetName(t)}: ${characterDifference(unicodeLabel, t.label)}.`,
        ),
      );
    }
    tokenMisses(subject, index, found);
    return [...found.values()];
  },
};
