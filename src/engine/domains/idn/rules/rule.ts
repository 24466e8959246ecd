import { restrictionLevel, type RestrictionLevel } from "../restrictionLevel";
import type { IdnProblem, IdnRuleId } from "../types";

/** What every rule sees of one label. */
export interface LabelContext {
  /** The label as decoded by UTS #46 (NFC). */
  unicode: string;
  /** Its code points. */
  chars: readonly string[];
  /** False when UTS #46 rejected the label; only the invalid-idna rule looks at such labels. */
  valid: boolean;
  ascii: string;
  /** The host's last label, ASCII ("xn--p1ai") and decoded ("рф"). */
  tld: { ascii: string; unicode: string };
  /** UTS #39 §5.2 restriction level by scripts alone (restrictionLevel.ts). */
  restriction: RestrictionLevel;
  /**
   * Whether Chromium goes on to its checks for labels that mix scripts (non-ASCII Latin beside
   * another script, dangerous patterns). It stops early at a single-script label unless the label
   * has a kana letter or mark it treats as an exception (U+3078–307A, U+30D8–30DA, U+30FB–30FE) or
   * a Latin accent (U+0300–0339): idn_spoof_checker.cc, SafeToDisplayAsUnicode.
   */
  mixedScriptChecks: boolean;
}

// kana_letters_exceptions_ and combining_diacritics_exceptions_ in idn_spoof_checker.cc.
const SINGLE_SCRIPT_EXCEPTIONS = /[\u0300-\u0339\u3078-\u307A\u30D8-\u30DA\u30FB-\u30FE]/;

function goesOnToMixedScriptChecks(unicode: string, restriction: RestrictionLevel): boolean {
  if (restriction === "ascii-only") return false;
  return restriction !== "single-script" || SINGLE_SCRIPT_EXCEPTIONS.test(unicode);
}

/** One of Chromium's reasons to keep a label in punycode. */
export interface IdnRule {
  id: IdnRuleId;
  check(label: LabelContext): IdnProblem | undefined;
}

/** A context for a decoded label; `tld` is ASCII and decoded alike when one string is given. */
export function labelContext(
  unicode: string,
  tld: string | { ascii: string; unicode: string },
  valid = true,
  ascii = unicode,
): LabelContext {
  const chars = Array.from(unicode);
  const restriction = restrictionLevel(chars);
  return {
    unicode,
    chars,
    valid,
    ascii,
    tld: typeof tld === "string" ? { ascii: tld, unicode: tld } : tld,
    restriction,
    mixedScriptChecks: goesOnToMixedScriptChecks(unicode, restriction),
  };
}
