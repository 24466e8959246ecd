import type { Language } from "../../words/language";

/**
 * The ending-swap policy as data: which protected entries are single organisations, and which
 * endings imitate which. A protected name on an ending where many unrelated owners share one word
 * (.com, .net, .org, country codes) is only a swap when both hold: the entry is an organisation,
 * whose name on another ending is not its own unless the allow list says so (hudson.org has no
 * hudson.co), and the ending is a known look-alike of the real one. Global brands (Google, Microsoft)
 * run sites on many national endings, so for them only new and hosting endings count.
 */

/** Categories of protected entries that are one organisation each (feed categories and config). */
export const ORGANISATION_CATEGORIES: ReadonlySet<string> = new Set([
  "government",
  "election-authority",
  "party",
  "think-tank",
  "democracy-ngo",
  "campaign-platform",
  // config.json: the organisation's own domains and the ones it asks to protect.
  "organization",
  "configured",
]);

type Reason = Readonly<Record<Language, string>>;

/** An ending that imitates a protected one, and why a reader falls for it. */
export interface LookalikeEnding {
  ending: string;
  reason: Reason;
}

const DROPPED_LETTER = (letter: string, of: string, ending: string): LookalikeEnding => ({
  ending,
  reason: {
    en: `“.${ending}” is “.${of}” with the “${letter}” left out`,
    es: `“.${ending}” es “.${of}” sin la “${letter}”`,
  },
});

const INSTITUTION = (of: string, ending: string): LookalikeEnding => ({
  ending,
  reason: {
    en: `“.${of}” can only be registered by ${of === "gov" ? "U.S. government bodies" : "accredited U.S. colleges"}, and “.${ending}” is where an imitation of such a name is usually registered`,
    es: `“.${of}” solo lo pueden registrar ${of === "gov" ? "organismos del gobierno de EE. UU." : "universidades acreditadas de EE. UU."}, y “.${ending}” es donde se suele registrar una imitación de ese nombre`,
  },
});

/** For each protected ending, the endings that imitate it. One direction only: .edu does not imitate .org. */
export const LOOKALIKE_ENDINGS: Readonly<Record<string, readonly LookalikeEnding[]>> = {
  com: [DROPPED_LETTER("m", "com", "co"), DROPPED_LETTER("o", "com", "cm"), DROPPED_LETTER("c", "com", "om")],
  edu: [INSTITUTION("edu", "org"), INSTITUTION("edu", "com")],
  gov: [INSTITUTION("gov", "org"), INSTITUTION("gov", "com"), INSTITUTION("gov", "us")],
};

const COUNTRY_CODE = /^[a-z]{2}$/;

/**
 * Why `observed` imitates the protected ending `real`, or undefined: a listed look-alike ending, or
 * the real ending with a country code added (name.gov.ph, name.com.co, name.org.uk).
 */
export function lookalikeEnding(observed: string, real: string): Reason | undefined {
  const listed = LOOKALIKE_ENDINGS[real]?.find((l) => l.ending === observed);
  if (listed) return listed.reason;
  if (observed.startsWith(`${real}.`) && COUNTRY_CODE.test(observed.slice(real.length + 1))) {
    const cc = observed.slice(real.length + 1);
    return {
      en: `“.${observed}” is the real ending “.${real}” with the country code “.${cc}” added`,
      es: `“.${observed}” es la terminación real “.${real}” con el código de país “.${cc}” añadido`,
    };
  }
  return undefined;
}
