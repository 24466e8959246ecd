import { skeleton } from "../skeleton";
import { WHOLE_SCRIPT_LETTERS } from "./data/wholeScriptLetters.generated";

/**
 * Letters of other scripts that pass for Latin letters or digits, for the whole-script-confusable
 * rule. Where Chromium lists a script's look-alike letters (idn_spoof_checker.cc,
 * kWholeScriptConfusables) its list is used as it stands, with the TLDs where that script is at
 * home: those lists are tuned against real names (тест is not flagged although т looks like t).
 * Every other script with letters that read as Latin gets the set generated from the confusables
 * data (data/wholeScriptLetters.generated.ts), with the country TLDs where it is written.
 */

export interface WholeScriptConfusable {
  /** As `scriptOf` names it. */
  script: string;
  /** The script's letters that pass for Latin letters or digits. */
  letters: ReadonlySet<string>;
  /** ASCII TLDs where the script is at home; a TLD written in the script itself also counts. */
  tlds: readonly string[];
  /** Where the letter set comes from, for explanations in tests and docs. */
  source: "chromium" | "generated";
}

const chromium = (script: string, letters: string, tlds: readonly string[] = []): WholeScriptConfusable => ({
  script,
  letters: new Set(letters),
  tlds,
  source: "chromium",
});

/** Chromium's lists; for Thai the union of its Linux/ChromeOS and other-platform sets. */
const CHROMIUM: readonly WholeScriptConfusable[] = [
  chromium("Armenian", "ագզէլհյոսւօՙ", ["am"]),
  // "pyc" is how Chromium's table spells the Cyrillic .рус, which the same-script rule also covers.
  chromium("Cyrillic", "аысԁеԍһіюкјӏорԗԛѕԝхуъьҽпгѵѡ", ["bg", "by", "kz", "pyc", "ru", "su", "ua", "uz"]),
  chromium("Ethiopic", "ሀሠሰስበነተከዐዕዘጠፐꬅ", ["er", "et"]),
  chromium("Georgian", "იოყძხჽჿ", ["ge"]),
  chromium("Greek", "αικνρυωηοτ", ["gr"]),
  // Chromium also lists the presentation form ﬦ, which IDNA maps away before any check sees it.
  chromium("Hebrew", "דוחיןסװײ׳", ["il"]),
  chromium("Bengali", "০৭"),
  chromium("Devanagari", "ऽ०ॱ"),
  chromium("Gujarati", "ડટ૦૧"),
  chromium("Gurmukhi", "੦੧"),
  chromium("Kannada", "ಽ೦೧"),
  chromium("Malayalam", "ടഠധനറ൦"),
  chromium("Oriya", "ଠ୦୮"),
  chromium("Tamil", "டப௦"),
  chromium("Telugu", "౦౧"),
  chromium("Myanmar", "ခဂငထပဝ၀၂ၔၜ\u1090\u1091\u1095\u1096\u1097", ["mm"]),
  chromium("Thai", "ทนบพรหเแ๐ดลปฟม", ["th"]),
];

/** Country TLDs where the scripts Chromium does not list are written. */
const HOME_TLDS: Readonly<Record<string, readonly string[]>> = {
  Arabic: "ae af bh dz eg iq ir jo kw lb ly ma mr om pk ps qa sa sd sy tn ye".split(" "),
  Han: "cn hk jp kr mo sg tw".split(" "),
  Khmer: ["kh"],
  Lao: ["la"],
  Sinhala: ["lk"],
  Thaana: ["mv"],
  Tibetan: ["bt", "cn"],
};

function generated(): WholeScriptConfusable[] {
  const listed = new Set(CHROMIUM.map((w) => w.script));
  return Object.entries(WHOLE_SCRIPT_LETTERS)
    .filter(([script]) => !listed.has(script))
    .map(([script, spec]) => ({
      script,
      letters: new Set(spec.split(" ").map((entry) => entry.split("=")[0])),
      tlds: HOME_TLDS[script] ?? [],
      source: "generated" as const,
    }));
}

export const WHOLE_SCRIPT_CONFUSABLES: readonly WholeScriptConfusable[] = [...CHROMIUM, ...generated()];

/**
 * Common words that are whole-script look-alikes but read as no Latin word
 * (kAllowedWholeScriptConfusableWords in idn_spoof_checker.cc).
 */
export const ALLOWED_WHOLE_SCRIPT_WORDS: ReadonlySet<string> = new Set([
  "секс",
  "как",
  "коса",
  "курс",
  "парк",
  "такий",
  "укроп",
  "сахарок",
  "покраска",
]);

type Lookalikes = Readonly<Record<string, string>>;

/** "а=a ԗ" → { а: "a", ԗ: "" }: each character and the one Latin letter or digit it resembles, if clear. */
function lookalikes(spec: string): Lookalikes {
  return Object.fromEntries(
    spec.split(" ").map((entry) => {
      const [letter, resembles = ""] = entry.split("=");
      return [letter, resembles];
    }),
  );
}

/** Characters that pass for ASCII digits (a label of only these and digits reads as a number). */
export const DIGIT_LOOKALIKES = lookalikes(
  "θ=0 २=2 ২ ੨=2 ૨=2 ೩=3 ೭=2 շ=2 з=3 ҙ=3 ӡ=3 उ=3 ও=3 ਤ=3 ੩=3 ૩=3 ౩=3 ဒ=3 ვ=3 პ=3 ੜ=3 ੫=4 丩=4 ㄐ=4 " +
    // კ (U+10D9) joined Chromium's set after the list in docs/idn.md (crbug.com/1156531).
    "ճ=6 ৪=8 ੪=8 ୫ ૭ ୨=9 ౨ კ=3",
);

// The skeleton spells these letters as two look-alike letters; a reader sees the letter.
const READINGS: Readonly<Record<string, string>> = { rn: "m", vv: "w", cl: "d" };

/**
 * What a look-alike character passes for ("а" → "a", "ш" → "w"), or "" when there is no one clear
 * answer: its skeleton when that is one Latin letter or digit.
 */
export function latinLookalike(ch: string): string {
  const s = skeleton(ch);
  const read = READINGS[s] ?? s;
  return /^[a-z0-9]$/.test(read) && read !== ch ? read : "";
}
