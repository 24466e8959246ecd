import { scriptOf } from "./scripts";

/**
 * UTS #39 Identifier_Status=Allowed without shipping IdentifierStatus.txt. Allowed means
 * Identifier_Type Recommended or Inclusion; the nearest thing JS regexes offer is
 * "identifier character, NFKC-stable, not default-ignorable, in a UAX #31 Table 7 recommended script".
 * Where that rule strays from Unicode 17 for scripts domains are spoofed in, a range table measured
 * against IdentifierStatus.txt 17.0 (identifierStatus.test.ts) replaces it.
 */

// UAX #31 Table 7 recommended scripts as of Unicode 17, which lists Bopomofo as Limited_Use.
const RECOMMENDED_SCRIPTS =
  "Common Inherited Arabic Armenian Bengali Cyrillic Devanagari Ethiopic Georgian Greek Gujarati " +
  "Gurmukhi Han Hangul Hebrew Hiragana Kannada Katakana Khmer Lao Latin Malayalam Myanmar Oriya " +
  "Sinhala Tamil Telugu Thaana Thai Tibetan";
const RECOMMENDED_SCRIPT = new RegExp(
  `^[${RECOMMENDED_SCRIPTS.split(" ")
    .map((s) => `\\p{Script=${s}}`)
    .join("")}]$`,
  "u",
);
const IDENTIFIER = /^\p{XID_Continue}$/u;
// Allowed = Recommended (identifier characters) + UAX #31 Inclusion; nothing else can be Allowed.
const CANDIDATE =
  /^[\p{XID_Continue}'\-.:\u00B7\u0375\u058A\u05F3\u05F4\u06FD\u06FE\u0F0B\u2010\u2019\u2027\u30A0\u30FB]$/u;
const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;
const DIGIT = /^\p{Nd}$/u;
// UAX #31 Inclusion characters of scripts without a table: two Sindhi signs and the Tibetan tsheg.
const INCLUSION = /^[\u06FD\u06FE\u0F0B]$/u;

/** "0041-005A 00B7" → [0x41, 0x5a, 0xb7, 0xb7] */
function ranges(spec: string): number[] {
  return spec.split(" ").flatMap((r) => {
    const [from, to = from] = r.split("-");
    return [parseInt(from, 16), parseInt(to, 16)];
  });
}

function inRanges(cp: number, table: readonly number[]): boolean {
  for (let i = 0; i < table.length; i += 2) if (cp >= table[i] && cp <= table[i + 1]) return true;
  return false;
}

/**
 * Allowed code points of a script, by Script property. Exact (Unicode 17) except Han, where the
 * recommended set is a curated 19,688 of the 20,992 URO ideographs plus 154 rarer ones: the URO
 * block is the approximation (see the test for the count).
 */
const ALLOWED_RANGES: Record<string, readonly number[]> = {
  // ASCII digits, "_" and the UAX #31 Inclusion punctuation (Chromium blocks several of these itself).
  Common: ranges("0027 002D-002E 0030-003A 005F 00B7 02BB-02BC 2010 2019 2027 3006 30A0 30FB-30FC"),
  // Only the accents and vowel marks of everyday Latin and Arabic writing; most marks are technical.
  Inherited: ranges("0300-0304 0306-030C 031B 0323 0326-0328 0331 064B-0652 0654-0655 0670"),
  // Letters of living orthographies (Latin-1, Extended-A/B, Vietnamese); most IPA and phonetic
  // letters excluded.
  Latin: ranges(
    "0041-005A 0061-007A 00C0-00D6 00D8-00F6 00F8-0113 0116-012B 012E-0131 0134-0137 0139-013E " +
      "0141-0148 014A-014D 0150-0155 0158-0161 0164-017E 0181 0186 0189-018A 018E-0192 0194 0196-0199 " +
      "019D 01A0-01A1 01AF-01B0 01B2-01B4 01B7 01CD-01D4 01DD 01E6-01E9 01EE-01EF 01F8-01F9 0218-021B " +
      "0244 024C-024D 0253-0254 0256-0257 0259 025B 0263 0268-0269 0272 0289 028B 0292 1E0C-1E0D " +
      "1E12-1E13 1E20-1E21 1E24-1E25 1E36-1E37 1E3C-1E3F 1E42-1E4B 1E5A-1E5B 1E62-1E63 1E6C-1E6D " +
      "1E70-1E71 1E8C-1E8D 1E92-1E93 1E9E 1EA0-1EF9 A78D A7AA",
  ),
  // Monotonic Greek and a few polytonic letters; archaic and Coptic-derived letters excluded.
  Greek: ranges("0386 0388-038A 038C 038E-03A1 03A3-03CE 1FA0-1FAF 1FB2-1FB4 1FEC"),
  // Letters of living Cyrillic orthographies; historic and Old Church Slavonic letters excluded.
  Cyrillic: ranges(
    "0401-040C 040E-044F 0451-045C 045E-045F 0490-049B 049E-04A5 04A8-04B7 04BA-04C0 04CF-04D9 " +
      "04DC-04E9 04EE-04F5 04F8-04F9 0524-0525",
  ),
  // Letters and the Armenian hyphen; the modifier letters and ligatures are excluded.
  Armenian: ranges("0531-0556 0561-0586 058A"),
  // Scripts whose whole-script look-alikes Chromium checks, and kana and Hangul syllables: a few
  // ranges each, so exact for little.
  Hebrew: ranges("05D0-05EA 05F3-05F4"),
  Georgian: ranges("10C7 10CD 10D0-10F0 1C90-1CBA 1CBD-1CBF"),
  Myanmar: ranges("1000-1049 105A-1064 1075-108A 108F AA7B"),
  Thai: ranges("0E01-0E32 0E34-0E3A 0E40-0E4D 0E50-0E59"),
  Hiragana: ranges("3041-3096 309D-309E"),
  Katakana: ranges("30A1-30FA 30FD-30FE"),
  Hangul: ranges("AC00-D7A3"),
  Han: ranges("3005 3007 4E00-9FFF"),
};

/**
 * Digit sets of recommended scripts that Unicode 17 marks Uncommon_Use (Gurmukhi, Oriya, Tamil,
 * Telugu, Malayalam, Sinhala Lith, Myanmar Shan, Tai Laing, Pao and Eastern Pwo Karen): their zeros.
 */
const RESTRICTED_DIGIT_ZEROS = "0A66 0B66 0BE6 0C66 0D66 0DE6 1090 A9F0 116D0 116DA"
  .split(" ")
  .map((zero) => parseInt(zero, 16));

/** The property-only rule, without the tables; exported so the test can show what the tables fix. */
export function isAllowedByProperties(ch: string): boolean {
  return (
    IDENTIFIER.test(ch) && !IGNORABLE.test(ch) && ch.normalize("NFKC") === ch && RECOMMENDED_SCRIPT.test(ch)
  );
}

/** Identifier_Status=Allowed (UTS #39), approximated as described above, for one code point. */
export function isIdentifierAllowed(ch: string): boolean {
  if (!CANDIDATE.test(ch)) return false;
  const cp = ch.codePointAt(0) ?? 0;
  const table = ALLOWED_RANGES[scriptOf(ch)];
  if (table) return inRanges(cp, table);
  if (DIGIT.test(ch) && RESTRICTED_DIGIT_ZEROS.some((zero) => cp >= zero && cp < zero + 10)) return false;
  return INCLUSION.test(ch) || isAllowedByProperties(ch);
}
