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
  return {
    unicode,
    chars: Array.from(unicode),
    valid,
    ascii,
    tld: typeof tld === "string" ? { ascii: tld, unicode: tld } : tld,
  };
}
