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
      matchFor(homograph, t, (language) => {
        const shown = shownAs(
          host.registrable,
          subject.unicodeLabels.slice(subject.registrableLabelIndex).join("."),
          language,
        );
        const difference = characterDifference(unicodeLabel, t.label, language);
        const sameEnding = host.publicSuffix === t.suffix;
        if (language === "es") {
          const ending = sameEnding
            ? ""
            : `, y termina en “.${host.publicSuffix}” en lugar de “.${t.suffix}”`;
          return `${shown} se parece a ${targetName(t)}: ${difference}${ending}.`;
        }
        const ending = sameEnding ? "" : `, and it ends in “.${host.publicSuffix}” instead of “.${t.suffix}”`;
        return `${shown} looks like ${targetName(t)}: ${difference}${ending}.`;
      }),
    );
  },
};
