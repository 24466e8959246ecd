/**
 * Letters of other scripts that pass for Latin letters or digits. Membership follows the table in
 * Chromium's IDN policy (docs/idn.md) where it names the letters; the Indic, Myanmar and Thai sets,
 * which it does not spell out, and every "looks like" note are our own reading of common fonts.
 */

type Lookalikes = Readonly<Record<string, string>>;

/** "а=a ԗ" → { а: "a", ԗ: "" }: each letter and the one Latin letter or digit it resembles, if clear. */
function lookalikes(spec: string): Lookalikes {
  return Object.fromEntries(
    spec.split(" ").map((entry) => {
      const [letter, resembles = ""] = entry.split("=");
      return [letter, resembles];
    }),
  );
}

export interface WholeScriptConfusable {
  /** As `scriptOf` names it. */
  script: string;
  letters: Lookalikes;
  /** ASCII TLDs where the script is at home; a TLD written in the script itself also counts. */
  tlds: readonly string[];
}

// Indic scripts: letters and native digits that read as Latin digits or letters; at home nowhere.
const INDIC: [string, string][] = [
  ["Bengali", "০=0 ২ ৪=8 ৭=9 ও=3"],
  ["Devanagari", "०=0 २=2 ३=3 ४=8 उ=3 ठ=o ड=3 ऽ=S"],
  ["Gujarati", "૦=0 ૨=2 ૩=3 ૪=8 ૭=9 ટ ડ=S"],
  ["Gurmukhi", "੦=0 ੧=9 ੨=2 ੩=3 ੪=8 ੫=4 ਤ=3 ੜ=3"],
  ["Kannada", "೦=0 ೧ ೩=3 ೭=2 ಽ=S"],
  ["Malayalam", "ട=s ഠ=o ധ=w ൦=0 ൭=9 റ=o"],
  ["Oriya", "ଠ=O ୦=0 ୨=9 ୫ ୮"],
  ["Tamil", "௦=0 ட=L ப=u ய=w"],
  ["Telugu", "౦=0 ౨ ౩=3"],
];

export const WHOLE_SCRIPT_CONFUSABLES: readonly WholeScriptConfusable[] = [
  { script: "Armenian", letters: lookalikes("ա=w գ=q զ=q է լ=l հ=h յ=j ո=n ս=u ւ=i օ=o ՙ"), tlds: ["am"] },
  {
    script: "Cyrillic",
    letters: lookalikes(
      "а=a ы=bl с=c ԁ=d е=e ԍ=G һ=h і=i ю=io ј=j ӏ=l о=o р=p ԗ ԛ=q ѕ=s ԝ=w х=x у=y ъ=b ь=b ҽ=e п=n г=r ѵ=v ѡ=w",
    ),
    // "pyc" is how Chromium's table spells the Cyrillic .рус, which the same-script rule also covers.
    tlds: ["bg", "by", "kz", "pyc", "ru", "su", "ua", "uz"],
  },
  {
    script: "Ethiopic",
    letters: lookalikes("ሀ=U ሠ=W ሰ=n ስ በ ነ ተ=t ከ ዐ=O ዕ ዘ=H ጠ=m ፐ=T ꬅ"),
    tlds: ["er", "et"],
  },
  { script: "Georgian", letters: lookalikes("ი ო=m ყ=y ძ=d ხ=b ჽ ჿ=o"), tlds: ["ge"] },
  { script: "Greek", letters: lookalikes("α=a ι=i κ=k ν=v ρ=p υ=u ω=w η=n ο=o τ=t"), tlds: ["gr"] },
  // Chromium also lists the presentation form ﬦ, which IDNA maps away before any check sees it.
  { script: "Hebrew", letters: lookalikes("ד ו=l ח=n י ן=l ס=o װ ײ ׳"), tlds: ["il"] },
  ...INDIC.map(([script, spec]) => ({ script, letters: lookalikes(spec), tlds: [] })),
  {
    script: "Myanmar",
    letters: lookalikes("င=c ဂ=o ခ ဝ=o ၀=0 ၁ ၂=J ၃ ၄ ၅ ၆ ၇ ၈ ၉ ၔ=e ဌ=g ဒ=3 ႐=o ႑ ႒ ႓ ႔ ႕ ႖ ႗ ႘ ႙"),
    tlds: ["mm"],
  },
  // Union of the letters Chromium treats as Latin-like on Linux and on other platforms.
  { script: "Thai", letters: lookalikes("ท=n น=u บ=u พ=w ฟ=w ร=s ห=n เ=l แ ๐=o"), tlds: ["th"] },
];

/** Characters that pass for ASCII digits (a label of only these and digits reads as a number). */
export const DIGIT_LOOKALIKES = lookalikes(
  "θ=0 २=2 ২ ੨=2 ૨=2 ೩=3 ೭=2 շ=2 з=3 ҙ=3 ӡ=3 उ=3 ও=3 ਤ=3 ੩=3 ૩=3 ౩=3 ဒ=3 ვ=3 პ=3 ੜ=3 ੫=4 丩=4 ㄐ=4 " +
    // კ (U+10D9) joined Chromium's set after the list in docs/idn.md (crbug.com/1156531).
    "ճ=6 ৪=8 ੪=8 ୫ ૭ ୨=9 ౨ კ=3",
);

const LATIN_HINTS: Lookalikes = Object.assign({}, ...WHOLE_SCRIPT_CONFUSABLES.map((w) => w.letters));

/** What a look-alike letter passes for ("а" → "a"), or "" when there is no one clear answer. */
export function latinLookalike(ch: string): string {
  return LATIN_HINTS[ch] ?? "";
}
