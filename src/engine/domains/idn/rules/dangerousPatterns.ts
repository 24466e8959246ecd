import type { Language } from "../../../words/language";
import { listPhrase, problem } from "../describe";
import { usedWith } from "../scripts";
import type { IdnRule } from "./rule";

/** A character in a position where it passes for punctuation or a Latin letter. */
interface Pattern {
  /** What is wrong with the character there: "can pass for a dot next to Latin letters". */
  note: Readonly<Record<Language, string>>;
  matches(chars: readonly string[], i: number): boolean;
}

const JAPANESE = ["Han", "Hiragana", "Katakana"];
const CJK = ["Han", "Bopomofo", "Hiragana", "Katakana"];
const KANA = ["Hiragana", "Katakana"];
const LGC = ["Latin", "Greek", "Cyrillic"];
const MARK = /^\p{M}$/u;

// Kana and ideographs drawn as a single stroke: slashes to a Latin reader.
const SLASH_LIKE = new Set("ノソゾン丶乀乁丿");
// Ideographs and Bopomofo that read as a dash or a Latin letter (一 -, 丨 l, 丁 T, 乂 x, …).
const LATIN_LIKE_CJK = new Set("一ㄧ丨ㄟㄨㄈㆺ工讠丁丆丫七乂丅");

// Japanese repeat and voicing marks, and the kana each must follow.
const KANA_MARKS: Record<string, readonly string[]> = {
  "\u30FD": ["Katakana"],
  "\u30FE": ["Katakana"],
  "\u309D": ["Hiragana"],
  "\u309E": ["Hiragana"],
  "\u3099": KANA,
  "\u309A": KANA,
};

const isJapanese = (ch: string | undefined) => ch !== undefined && usedWith(ch, JAPANESE);
const outsideCjk = (ch: string | undefined) => ch !== undefined && !usedWith(ch, CJK);
const isLatin = (ch: string | undefined) => ch !== undefined && usedWith(ch, ["Latin"]);

/** The letter a run of combining marks ending at `i` sits on. */
function baseOf(chars: readonly string[], i: number): string | undefined {
  let j = i;
  while (j >= 0 && MARK.test(chars[j])) j--;
  return chars[j];
}

const PATTERNS: readonly Pattern[] = [
  {
    note: {
      en: "can pass for a slash between non-Japanese characters",
      es: "puede pasar por una barra entre caracteres no japoneses",
    },
    matches: (c, i) =>
      SLASH_LIKE.has(c[i]) && i > 0 && i + 1 < c.length && !isJapanese(c[i - 1]) && !isJapanese(c[i + 1]),
  },
  {
    note: {
      en: "can pass for a dot next to Latin letters",
      es: "puede pasar por un punto junto a letras latinas",
    },
    matches: (c, i) => c[i] === "\u30FB" && (isLatin(c[i - 1]) || isLatin(c[i + 1])),
  },
  {
    note: {
      en: "is a Japanese long-vowel mark that does not follow kana, so it can pass for a dash",
      es: "es una marca japonesa de vocal larga que no sigue a un kana, así que puede pasar por un guion",
    },
    matches: (c, i) => c[i] === "\u30FC" && !(i > 0 && usedWith(c[i - 1], KANA)),
  },
  {
    note: {
      en: "is a Japanese repeat or voicing mark that does not follow kana of its kind",
      es: "es una marca japonesa de repetición o sonorización que no sigue a un kana de su tipo",
    },
    matches: (c, i) => {
      const follows = KANA_MARKS[c[i]];
      return follows !== undefined && !(i > 0 && usedWith(c[i - 1], follows));
    },
  },
  {
    note: {
      en: "can pass for a Latin letter or a dash next to non-Chinese characters",
      es: "puede pasar por una letra latina o un guion junto a caracteres no chinos",
    },
    matches: (c, i) => LATIN_LIKE_CJK.has(c[i]) && (outsideCjk(c[i - 1]) || outsideCjk(c[i + 1])),
  },
  {
    note: {
      en: "puts a Latin accent on a letter of another script, where it can pass for punctuation",
      es: "pone un acento latino sobre una letra de otra escritura, donde puede pasar por un signo de puntuación",
    },
    matches: (c, i) => /^[\u0300-\u036F]$/.test(c[i]) && !usedWith(baseOf(c, i - 1) ?? "", LGC),
  },
  {
    note: {
      en: "puts an accent on a dotless i or j, which then looks like a plain i or j",
      es: "pone un acento sobre una i o j sin punto, que entonces parece una i o j normal",
    },
    matches: (c, i) => MARK.test(c[i]) && (c[i - 1] === "ı" || c[i - 1] === "ȷ"),
  },
  {
    note: { en: "puts an extra dot above i, j or l", es: "pone un punto de más sobre una i, j o l" },
    matches: (c, i) => c[i] === "\u0307" && /^[ijl]$/.test(c[i - 1] ?? ""),
  },
];

/** Characters that are fine in their own writing but pass for something else where they stand. */
export const dangerousPatterns: IdnRule = {
  id: "dangerous-pattern",
  check({ chars }) {
    const culprits: string[] = [];
    const notes = new Map<string, Pattern["note"][]>();
    chars.forEach((ch, i) => {
      const hits = PATTERNS.filter((p) => p.matches(chars, i)).map((p) => p.note);
      if (hits.length === 0) return;
      culprits.push(ch);
      notes.set(ch, [...new Set([...(notes.get(ch) ?? []), ...hits])]);
    });
    if (culprits.length === 0) return undefined;
    return problem(
      "dangerous-pattern",
      {
        en: "uses characters where they can pass for something else",
        es: "usa caracteres en posiciones donde pueden pasar por otra cosa",
      },
      culprits,
      (ch, language) =>
        ` ${listPhrase(
          (notes.get(ch) ?? []).map((n) => n[language]),
          language,
        )}`,
    );
  },
};
