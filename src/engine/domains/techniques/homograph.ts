import type { ProtectedTarget } from "../domainIndex";
import { characterDifference, shownAs, targetName } from "../explain";
import { matchFor, NO_MATCHES, type Technique } from "./technique";

export const homograph: Technique = {
  id: "homograph",
  severity: "dangerous",
  needsProtectedName: true,
  description:
    "Looks the same as a protected name once look-alike characters are mapped (Cyrillic е, rn for m, 0 for o, accents).",
  find(subject, index) {
    const { host, label, unicodeLabel, labelSkeletons } = subject;
    let seen: ProtectedTarget[] | undefined;
    for (let k = 0; k < labelSkeletons.length; k++) {
      const hash = k === 0 ? subject.labelSkeletonHashAt[subject.registrableLabelIndex] : undefined;
      for (const t of index.byLabelSkeleton(labelSkeletons[k], hash)) {
        // The very same name on another ending is a TLD swap, not a homograph.
        if (t.label !== label && t.domain !== host.registrable && !seen?.includes(t)) (seen ??= []).push(t);
      }
    }
    if (!seen) return NO_MATCHES;
    return seen.map((t) =>
      matchFor(homograph, t, () => {
        const shown = subject.unicodeLabels.slice(subject.registrableLabelIndex).join(".");
        const ending =
          host.publicSuffix === t.suffix
            ? ""
            : `, and it ends in “.${host.publicSuffix}” instead of “.${t.suffix}”`;
        return `${shownAs(host.registrable, shown)} looks like ${targetName(t)}: ${characterDifference(unicodeLabel, t.label)}${ending}.`;
      }),
    );
  },
};
