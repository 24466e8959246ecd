import { decodeLabel } from "./decode";
import { invalidIdna, labelContext, RULES } from "./rules";
import type { IdnLabel, IdnProblem, IdnResult } from "./types";

// A label that starts "xn--", or any non-ASCII character: only such hosts need decoding.
const NEEDS_DECODING = /(?:^|\.)xn--|[\u0080-\uffff]/i;
const IS_PUNYCODE_OR_NON_ASCII = /^xn--|[\u0080-\uffff]/i;

/** Shared by every host without problems, which is nearly all of them. */
const NO_PROBLEMS: readonly IdnProblem[] = Object.freeze([]);

function plainLabel(label: string): IdnLabel {
  return { ascii: label, unicode: label, problems: NO_PROBLEMS };
}

/** A host with nothing to decode. Its per-label view is rarely read, so it is built when it is. */
class PlainHost implements IdnResult {
  readonly unicode: string;
  readonly display: string;
  readonly problems = NO_PROBLEMS;
  private perLabel: IdnLabel[] | undefined;

  constructor(readonly ascii: string) {
    this.unicode = ascii;
    this.display = ascii;
  }

  get labels(): IdnLabel[] {
    this.perLabel ??= this.ascii.split(".").map(plainLabel);
    return this.perLabel;
  }

  toJSON(): IdnResult {
    const { ascii, unicode, display, labels, problems } = this;
    return { ascii, unicode, display, labels, problems };
  }
}

/** The host's last non-empty label ("com" in "example.com."), decoded when it is punycode. */
function topLevel(labels: readonly string[]): { ascii: string; unicode: string } {
  const last = [...labels].reverse().find((l) => l !== "") ?? "";
  return IS_PUNYCODE_OR_NON_ASCII.test(last) ? decodeLabel(last) : { ascii: last, unicode: last };
}

function checkLabel(label: string, tld: { ascii: string; unicode: string }): IdnLabel {
  if (!IS_PUNYCODE_OR_NON_ASCII.test(label)) return plainLabel(label);
  const decoded = decodeLabel(label);
  const context = labelContext(decoded.unicode, tld, decoded.valid, decoded.ascii);
  const problems: IdnProblem[] = [];
  for (const rule of decoded.valid ? RULES : [invalidIdna]) {
    const found = rule.check(context);
    if (found) problems.push(found);
  }
  return { ascii: decoded.ascii, unicode: decoded.unicode, problems };
}

/**
 * Chromium's IDN display policy for a host: which labels a browser would show as Unicode and
 * which it keeps as punycode, and why. `asciiHost` is the lower-case ASCII host WHATWG URL gives
 * ("xn--…" labels); other input is tolerated. Only punycode or non-ASCII labels can have problems.
 * Never throws.
 */
export function checkIdn(asciiHost: string): IdnResult {
  // Fast path for the common case: nothing to decode, nothing to check.
  if (!NEEDS_DECODING.test(asciiHost)) return new PlainHost(asciiHost);
  const parts = asciiHost.split(".");
  const tld = topLevel(parts);
  const labels = parts.map((part) => checkLabel(part, tld));
  return {
    ascii: labels.map((l) => l.ascii).join("."),
    unicode: labels.map((l) => l.unicode).join("."),
    display: labels.map((l) => (l.problems.length > 0 ? l.ascii : l.unicode)).join("."),
    labels,
    problems: labels.flatMap((l) => l.problems),
  };
}
