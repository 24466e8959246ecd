import type { Language } from "../../words/language";
import { lookalikeEnding, ORGANISATION_CATEGORIES } from "../data/endingSwaps";
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

/** On a crowded ending: an organisation's name on a known look-alike of its ending (data/endingSwaps.ts). */
function organisationLookalike(host: NormalizedHost, t: ProtectedTarget): boolean {
  return (
    ORGANISATION_CATEGORIES.has(t.entry.category) &&
    lookalikeEnding(host.publicSuffix, t.suffix) !== undefined
  );
}

/** The decision for one target; the index only narrows the targets to those with the same label. */
export function swapsEnding(subject: DomainSubject, t: ProtectedTarget): boolean {
  const { host } = subject;
  return (
    t.label === subject.label &&
    t.domain !== host.registrable &&
    !t.common &&
    t.label.length >= MIN_LENGTH &&
    (governmentOnly(t) || !crowded(host) || organisationLookalike(host, t))
  );
}

function explain(subject: DomainSubject, t: ProtectedTarget, language: Language): string {
  const { host } = subject;
  const why = lookalikeEnding(host.publicSuffix, t.suffix)?.[language];
  if (language === "es") {
    return `${host.registrable} usa el nombre “${t.label}” de ${targetName(t)} con otra terminación: “.${host.publicSuffix}” en lugar de “.${t.suffix}”${why ? ` (${why})` : ""}.`;
  }
  return `${host.registrable} uses the name “${t.label}” of ${targetName(t)} with a different ending: “.${host.publicSuffix}” instead of “.${t.suffix}”${why ? ` (${why})` : ""}.`;
}

export const tldSwap: Technique = {
  id: "tld-swap",
  severity: "suspicious",
  needsProtectedName: true,
  description:
    "The same name as a protected domain on a new or hosting-platform ending (senate.group for senate.gov), a government name outside .gov, or an organisation's name on a look-alike of its ending (actblue.co, brookings.org).",
  find(subject, index) {
    const candidates = index.byLabel(subject.label, subject.labelHash);
    if (candidates.length === 0) return NO_MATCHES;
    return candidates
      .filter((t) => swapsEnding(subject, t))
      .map((t) => matchFor(tldSwap, t, (language) => explain(subject, t, language)));
  },
};
