import { encode } from "punycode/";
import { toUnicode } from "tr46";

/** One label after UTS #46 ToUnicode, as Chromium runs it: per label, nontransitional, strict. */
export interface DecodedLabel {
  ascii: string;
  unicode: string;
  /** False when the punycode is broken or the label breaks UTS #46 (disallowed characters, BiDi, joiners). */
  valid: boolean;
}

const OPTIONS = { checkBidi: true, checkJoiners: true, checkHyphens: false, useSTD3ASCIIRules: true };
const NON_ASCII = /[\u0080-\uffff]/;

/** Punycode form of a non-ASCII label; the encoder throws on overflow for absurdly long labels. */
function asciiForm(label: string): string {
  try {
    return `xn--${encode(label)}`;
  } catch {
    return label;
  }
}

/**
 * Decodes a punycode ("xn--…") or non-ASCII label. Labels are decoded one at a time, as Chromium
 * does, so one bad label neither hides nor spoils the others. Never throws.
 */
export function decodeLabel(label: string): DecodedLabel {
  const { domain, error } = toUnicode(label, OPTIONS);
  // Mapping can turn a full-width dot into "."; such a label would stand for several labels.
  const split = domain.includes(".");
  const valid = !error && !split;
  const unicode = split ? label : domain;
  if (!NON_ASCII.test(label)) return { ascii: label, unicode, valid };
  const ascii = !valid ? asciiForm(label) : NON_ASCII.test(unicode) ? asciiForm(unicode) : unicode;
  return { ascii, unicode, valid };
}
