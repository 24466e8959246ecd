/**
 * Script and Script_Extensions of a character, read from the JS engine's own Unicode data through
 * `\p{Script=…}` escapes. Names the engine does not know (newer than its Unicode version) are skipped.
 */

// Unicode Script property values; the ones seen in domain names first, so most lookups end early.
const SCRIPT_NAMES = (
  "Latin Common Inherited Cyrillic Greek Han Hiragana Katakana Hangul Arabic Hebrew Armenian " +
  "Georgian Thai Devanagari Bengali Gurmukhi Gujarati Oriya Tamil Telugu Kannada Malayalam Sinhala " +
  "Myanmar Khmer Lao Tibetan Ethiopic Thaana Bopomofo Mongolian Syriac Canadian_Aboriginal " +
  "Cherokee Tifinagh Yi Adlam Ahom Anatolian_Hieroglyphs Avestan Balinese Bamum Bassa_Vah Batak " +
  "Beria_Erfe Bhaiksuki Braille Brahmi Buginese Buhid Carian Caucasian_Albanian Chakma Cham Chisoi " +
  "Chorasmian Coptic Cuneiform Cypriot Cypro_Minoan Deseret Dives_Akuru Dogra Duployan " +
  "Egyptian_Hieroglyphs Elbasan Elymaic Garay Glagolitic Gothic Grantha Gunjala_Gondi Gurung_Khema " +
  "Hanifi_Rohingya Hanunoo Hatran Imperial_Aramaic Inscriptional_Pahlavi Inscriptional_Parthian " +
  "Javanese Kaithi Kawi Kayah_Li Kharoshthi Khitan_Small_Script Khojki Khudawadi Kirat_Rai Lepcha " +
  "Limbu Linear_A Linear_B Lisu Lycian Lydian Mahajani Makasar Mandaic Manichaean Marchen " +
  "Masaram_Gondi Medefaidrin Meetei_Mayek Mende_Kikakui Meroitic_Cursive Meroitic_Hieroglyphs Miao " +
  "Modi Mro Multani Nabataean Nag_Mundari Nandinagari New_Tai_Lue Newa Nko Nushu " +
  "Nyiakeng_Puachue_Hmong Ogham Ol_Chiki Ol_Onal Old_Hungarian Old_Italic Old_North_Arabian " +
  "Old_Permic Old_Persian Old_Sogdian Old_South_Arabian Old_Turkic Old_Uyghur Osage Osmanya " +
  "Pahawh_Hmong Palmyrene Pau_Cin_Hau Phags_Pa Phoenician Psalter_Pahlavi Rejang Runic Samaritan " +
  "Saurashtra Sharada Shavian Siddham Sidetic SignWriting Sogdian Sora_Sompeng Soyombo Sundanese " +
  "Sunuwar Syloti_Nagri Tagalog Tagbanwa Tai_Le Tai_Tham Tai_Viet Tai_Yo Takri Tangsa Tangut " +
  "Tirhuta Todhri Tolong_Siki Toto Tulu_Tigalari Ugaritic Vai Vithkuqi Wancho Warang_Citi Yezidi " +
  "Zanabazar_Square"
).split(" ");

interface ScriptPattern {
  name: string;
  script: RegExp;
  extensions: RegExp;
}

let patterns: ScriptPattern[] | undefined;

/** Compiled on first use: most hosts never need them. */
function scriptPatterns(): ScriptPattern[] {
  if (patterns) return patterns;
  patterns = [];
  for (const name of SCRIPT_NAMES) {
    try {
      patterns.push({
        name: name.replace(/_/g, " "),
        script: new RegExp(`^\\p{Script=${name}}$`, "u"),
        extensions: new RegExp(`^\\p{Script_Extensions=${name}}$`, "u"),
      });
    } catch {
      // This engine's Unicode data predates the script; its characters read as "Unknown".
    }
  }
  return patterns;
}

const CACHE_LIMIT = 4096;

/** Per-code-point memo that forgets everything when full, so it stays small on arbitrary input. */
function memo<T>(compute: (ch: string) => T, ascii: (cp: number) => T): (ch: string) => T {
  const cache = new Map<number, T>();
  return (ch) => {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) return ascii(cp);
    let value = cache.get(cp);
    if (value === undefined) {
      value = compute(String.fromCodePoint(cp));
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(cp, value);
    }
    return value;
  };
}

const isAsciiLetter = (cp: number): boolean => (cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a;
const LATIN = ["Latin"];
const COMMON = ["Common"];

/** The Script property of the first code point of `ch`: "Latin", "Cyrillic", "Han", "Common", "Inherited", … */
export const scriptOf: (ch: string) => string = memo(
  (c) => scriptPatterns().find((p) => p.script.test(c))?.name ?? "Unknown",
  (cp) => (isAsciiLetter(cp) ? "Latin" : "Common"),
);

/** Script_Extensions: every script the character is used with ("ー" → Hiragana, Katakana). */
export const scriptExtensions: (ch: string) => readonly string[] = memo(
  (c) => {
    const found = scriptPatterns().filter((p) => p.extensions.test(c));
    return found.length > 0 ? found.map((p) => p.name) : ["Unknown"];
  },
  (cp) => (isAsciiLetter(cp) ? LATIN : COMMON),
);

/** Common and Inherited characters (digits, hyphen, most combining marks) belong to no one script. */
export function isScriptNeutral(ch: string): boolean {
  const ext = scriptExtensions(ch);
  return ext.length === 1 && (ext[0] === "Common" || ext[0] === "Inherited");
}

/** True when the character is used with any of `scripts`. */
export function usedWith(ch: string, scripts: readonly string[]): boolean {
  return scriptExtensions(ch).some((s) => scripts.includes(s));
}

/**
 * Builds the script tables now: their first use costs 25–45 ms in Chromium (the JS engine building
 * 340 Unicode classes), which a caller with time to spare, such as the pane while Outlook connects,
 * can take off a first international host's check. Every non-ASCII label needs all of them.
 */
export function prepareScriptTables(): void {
  scriptExtensions("\u0430");
}
