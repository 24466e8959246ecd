import type { ProtectedTarget } from "../domainIndex";
import { targetName } from "../explain";
import type { NormalizedHost } from "../normalize";
import type { DomainSubject } from "../subject";
import { matchFor, NO_MATCHES, type Technique } from "./technique";

/** Shorter names ("iri", "ndi") recur on other endings by coincidence: iri.com is a different firm. */
const MIN_LENGTH = 4;

/** Endings where one word has many unrelated owners (slack.net is not Slack, yahoo.com.au is Yahoo's). */
const LEGACY_TLDS = new Set(["com", "net", "org", "edu", "int"]);

function crowded(host: NormalizedHost): boolean {
  if (host.suffixKind !== "icann") return false;
  const tld = host.publicSuffix.slice(host.publicSuffix.lastIndexOf(".") + 1);
  return LEGACY_TLDS.has(tld) || tld.length === 2;
}

/** Government names exist on .gov and .mil only, so the name anywhere else is borrowed. */
function governmentOnly(t: ProtectedTarget): boolean {
  return t.suffix === "gov" || t.suffix === "mil";
}

/** The decision for one target; the index only narrows the targets to those with the same label. */
export function swapsEnding(subject: DomainSubject, t: ProtectedTarget): boolean {
  const { host } = subject;
  return (
    t.label === subject.label &&
    t.domain !== host.registrable &&
    !t.common &&
    t.label.length >= MIN_LENGTH &&
    (governmentOnly(t) || !crowded(host))
  );
}

export const tldSwap: Technique = {
  id: "tld-swap",
  severity: "suspicious",
  needsProtectedName: true,
  description:
    "The same name as a protected domain on a new or hosting-platform ending (senate.group for senate.gov), or a government name outside .gov.",
  find(subject, index) {
    const { host } = subject;
    const candidates = index.byLabel(subject.label, subject.labelHash);
    if (candidates.length === 0) return NO_MATCHES;
    return candidates
      .filter((t) => swapsEnding(subject, t))
      .map((t) =>
        matchFor(tldSwap, t, (language) =>
          language === "es"
            ? `${host.registrable} usa el nombre “${t.label}” de ${targetName(t)} con otra terminación: “.${host.publicSuffix}” en lugar de “.${t.suffix}”.`
            : `${host.registrable} uses the name “${t.label}” of ${targetName(t)} with a different ending: “.${host.publicSuffix}” instead of “.${t.suffix}”.`,
        ),
      );
  },
};
