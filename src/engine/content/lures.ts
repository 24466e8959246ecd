import { foldText, textWords } from "./normalizeWords";
import { LURE_KINDS, LURE_PHRASES, type LureKind } from "./lureLexicon";

/** A phrase as folded words; a word ending in "*" matches any word it starts. */
interface Phrase {
  kind: LureKind;
  text: string;
  words: readonly string[];
}

export interface LureHit {
  kind: LureKind;
  /** The words as the message wrote them ("Contraseña caduca"). */
  phrase: string;
}

/** Phrases by their first word (prefix words under their stem): one Map lookup per word of the text. */
interface LureIndex {
  exact: Map<string, Phrase[]>;
  prefixes: { stem: string; phrases: Phrase[] }[];
}

function buildIndex(): LureIndex {
  const exact = new Map<string, Phrase[]>();
  const prefixes = new Map<string, Phrase[]>();
  for (const kind of LURE_KINDS) {
    for (const list of Object.values(LURE_PHRASES[kind])) {
      for (const raw of list.split("|")) {
        const text = raw.trim();
        if (text === "") continue;
        const words = text.split(/\s+/).map((w) => (w.endsWith("*") ? `${foldText(w)}*` : foldText(w)));
        const phrase: Phrase = { kind, text, words };
        const first = words[0];
        const map = first.endsWith("*") ? prefixes : exact;
        const key = first.endsWith("*") ? first.slice(0, -1) : first;
        map.set(key, [...(map.get(key) ?? []), phrase]);
      }
    }
  }
  return { exact, prefixes: [...prefixes].map(([stem, phrases]) => ({ stem, phrases })) };
}

let index: LureIndex | undefined;

function wordMatches(pattern: string, word: string | undefined): boolean {
  if (word === undefined) return false;
  return pattern.endsWith("*") ? word.startsWith(pattern.slice(0, -1)) : word === pattern;
}

function phraseAt(words: readonly string[], i: number, phrase: Phrase): boolean {
  for (let k = 1; k < phrase.words.length; k++) if (!wordMatches(phrase.words[k], words[i + k])) return false;
  return true;
}

/**
 * The lure phrases in a text, each kind and phrase once, in the order found. Linear in the text: one
 * Map lookup per word plus the few prefix stems, then at most a phrase's length of comparisons.
 */
/**
 * A sum of money held out in a subject ("+$189", "€4,000,000", "R$ 1.200"): a prize or a payout.
 * Symbol, then digits with separators; one pass of a linear expression.
 */
// Quadratic only on a long run of digits, and it reads at most SUBJECT_READ characters (below).
// eslint-disable-next-line regexp/no-super-linear-move
const MONEY = /(?:[+]\s?)?(?:[$€£₹]|R\$|US\$)\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|\$|USD|EUR|BRL)\b/u;

/** Only the start of a subject is read: the expression is quadratic on a hostile run of digits. */
const SUBJECT_READ = 300;

/** The amount of money a subject dangles, as written. */
export function moneyInSubject(subject: string): string | undefined {
  return MONEY.exec(subject.slice(0, SUBJECT_READ))?.[0].trim();
}

export function findLures(text: string): LureHit[] {
  index ??= buildIndex();
  const { written, folded: words } = textWords(text);
  const hits: LureHit[] = [];
  const seen = new Set<string>();
  const found = (phrase: Phrase, at: number) => {
    if (seen.has(phrase.text)) return;
    seen.add(phrase.text);
    hits.push({ kind: phrase.kind, phrase: written.slice(at, at + phrase.words.length).join(" ") });
  };
  for (let i = 0; i < words.length; i++) {
    for (const phrase of index.exact.get(words[i]) ?? []) if (phraseAt(words, i, phrase)) found(phrase, i);
    for (const { stem, phrases } of index.prefixes) {
      if (!words[i].startsWith(stem)) continue;
      for (const phrase of phrases) if (phraseAt(words, i, phrase)) found(phrase, i);
    }
  }
  return hits;
}
