import { problem } from "../describe";
import { isIdentifierAllowed } from "../identifierStatus";
import type { IdnRule } from "./rule";

/**
 * Chromium's removals from the allowed set: look-alike punctuation (slash overlay, hyphens, quotes,
 * hyphenation point, kana double hyphen, kra, a voicing mark) and blocks of very rare Latin,
 * Cyrillic and Greek letters (Pinyin tone letters, Cyrillic Extended-B/C, Latin Extended
 * Additional up to U+1E9B and Extended-D, Greek Extended).
 */
const CHROMIUM_BLOCKED =
  /^[\u0338\u058A\u2010\u2019\u2027\u30A0\u02BB\u02BC\u02EC\u0138\u01CD-\u01DC\u1C80-\u1C8F\u1E00-\u1E9B\u1F00-\u1FFF\uA640-\uA69F\uA720-\uA7FF]$/u;

/**
 * Characters Chromium's allowed set (ICU's recommended set, idn_spoof_checker.cc
 * SetAllowedUnicodeSet) still admits, although Unicode 17's IdentifierType marks them Limited_Use
 * (Bopomofo) or Uncommon_Use (Georgian U+10FD–10FF, Myanmar Shan digits): its vectors show
 * 注音ㄅㄆㄇㄈ.tw, ჽჿხ.ge and ႐႑႕႖႗.မြန်မာ decoded. Bopomofo is how Taiwanese names spell Chinese
 * sounds beside Han and Latin (UTS #39's Highly Restrictive "Latin + Han + Bopomofo"), so refusing
 * it would flag legitimate names; the other two are whole-script look-alikes under foreign TLDs anyway.
 * The combining kana voicing marks U+3099/309A (Uncommon_Use in Unicode 17) must be in its set too,
 * since its dangerous-pattern regex has an alternative of its own to refuse them beside other scripts.
 */
const CHROMIUM_STILL_ALLOWS = /^[\u3099-\u309A\p{Script=Bopomofo}\u10FD-\u10FF\u1090-\u1099]$/u;

// Reported by the deviation-character and invisible-character rules instead, once per character.
const EXPLAINED_ELSEWHERE = new Set(["\u200C", "\u200D", "\u2800"]);

/** Characters outside UTS #39 Identifier_Status=Allowed, or on Chromium's blocklist. */
export const disallowedCharacters: IdnRule = {
  id: "disallowed-character",
  check(label) {
    const bad = label.chars.filter(
      (ch) =>
        !EXPLAINED_ELSEWHERE.has(ch) &&
        (CHROMIUM_BLOCKED.test(ch) || !(isIdentifierAllowed(ch) || CHROMIUM_STILL_ALLOWS.test(ch))),
    );
    if (bad.length === 0) return undefined;
    return problem(
      "disallowed-character",
      {
        en: "uses characters that are rare, symbols or easily mistaken for others, which browsers do not show in web addresses",
        es: "usa caracteres poco comunes, símbolos o fáciles de confundir con otros, que los navegadores no muestran en las direcciones web",
      },
      bad,
    );
  },
};
