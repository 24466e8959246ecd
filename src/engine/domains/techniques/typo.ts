import { COMMON_WORDS } from "../data/commonWords";
import { MIN_TYPO_LENGTH, type DomainIndex, type ProtectedTarget } from "../domainIndex";
import { hasOneAdjacentSwap, isEditDistanceAtMostOne } from "../editDistance";
import { characterDifference, targetName } from "../explain";
import type { DomainSubject } from "../subject";
import { isLikelyTypoFalsePositive } from "../typoFalsePositives";
import { matchFor, NO_MATCHES, type DomainMatch, type Technique } from "./technique";

/** Targets one slip away from a name (its skeleton), after Chromium's false-positive filters. */
const NONE: readonly ProtectedTarget[] = [];

function nearMisses(
  name: string,
  s: string,
  index: DomainIndex,
  registrable: string,
): readonly ProtectedTarget[] {
  // An ordinary word ("horse") is a name in its own right, not a misspelt "house".
  if (s.length < MIN_TYPO_LENGTH) return NONE;
  const candidates = index.typoCandidates(s);
  if (candidates.length === 0 || COMMON_WORDS.has(name)) return NONE;
  return candidates.filter(
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
  found: Map<ProtectedTarget, DomainMatch> | undefined,
): Map<ProtectedTarget, DomainMatch> | undefined {
  for (const token of subject.tokens) {
    if (subject.tokensInLabel[token.label] < 2) continue;
    for (const t of nearMisses(token.text, token.skeleton, index, subject.host.registrable)) {
      if (t.common || found?.has(t)) continue;
      found ??= new Map();
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
  return found;
}

export const typo: Technique = {
  id: "typo",
  severity: "suspicious",
  description:
    "One letter added, left out, changed or two letters swapped in a protected name of five or more letters (hudsom.org, my-sharepoints.com).",
  find(subject, index) {
    let found: Map<ProtectedTarget, DomainMatch> | undefined;
    const { label, unicodeLabel, labelSkeletons, host } = subject;
    for (const t of nearMisses(label, labelSkeletons[0], index, host.registrable)) {
      found ??= new Map();
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
    found = tokenMisses(subject, index, found);
    return found ? [...found.values()] : NO_MATCHES;
  },
};
