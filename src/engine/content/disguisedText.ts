/**
 * Words written to fool filters while reading normally to a person: Latin words with Cyrillic or
 * Greek letters inside ("Amаzon" with a Cyrillic а), letters from Unicode's mathematical or
 * fullwidth alphabets ("𝗡𝗲𝘁𝗳𝗹𝗶𝘅"), and invisible characters splitting words.
 */
export type Disguise = "mixed-script" | "styled-letters" | "invisible-characters";

const LATIN = /\p{Script=Latin}/u;
/** A letter of another script inside a Latin word ("aᥴcount" with a Tai Le ᥴ, "Amаzon" with a Cyrillic а). */
const OTHER_SCRIPT = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}\P{L}]/u;
/** Scripts written without spaces: Latin inside their runs ("PDFファイル") is ordinary writing. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** Mathematical, full-width, enclosed and small-capital letters: styled text that filters read as other characters. */
const STYLED =
  /[\u{1D400}-\u{1D7FF}\uFF21-\uFF3A\uFF41-\uFF5A\u{1F130}-\u{1F189}\u1D00-\u1D2B\uA730-\uA7FF\u0262\u0274\u0280\u028F\u029F]/u;
// An alternation, not a class: a class holding joiners reads as combined characters.
const INVISIBLE = /\u200B|\u200C|\u200D|\u2060|\u00AD|\uFEFF|\u034F/u;
const WORDS = /[^\s.,;:!?()[\]{}"'“”‘’«»|/\\<>-]+/gu;

export interface DisguisedWord {
  kind: Disguise;
  word: string;
}

function mixedScript(word: string): boolean {
  return LATIN.test(word) && OTHER_SCRIPT.test(word) && !STYLED.test(word) && !UNSPACED.test(word);
}

/** Shorter words are left out of a body's count: "μs", "Δt" and "kΩ" are notation, not disguise. */
const BODY_WORD = 4;
/**
 * UTF-8 read as Windows-1251 (a mislabelled message) puts Cyrillic between Latin letters too: "пїЅ"
 * is a replacement character, "вЂ" the start of a curly quote or dash. Garbled, not disguised.
 */
const MOJIBAKE = ["пїЅ", "вЂ"];

/** Up to `limit` different Latin words of four letters or more with letters of another script, in text order. */
export function mixedScriptWords(text: string, limit: number): string[] {
  const words = new Set<string>();
  // Most bodies hold no letter of another script at all: one native scan instead of one a word.
  if (!OTHER_SCRIPT.test(text)) return [];
  for (const match of text.matchAll(WORDS)) {
    const word = match[0];
    if (word.length < BODY_WORD || word.length > 64 || MOJIBAKE.some((m) => word.includes(m))) continue;
    if (mixedScript(word)) words.add(word);
    if (words.size >= limit) break;
  }
  return [...words];
}

/** The disguised words of a text, each kind once (the first word shown). */
export function disguisedWords(text: string): DisguisedWord[] {
  const found = new Map<Disguise, string>();
  for (const match of text.matchAll(WORDS)) {
    const word = match[0];
    if (word.length > 64) continue;
    if (!found.has("invisible-characters") && INVISIBLE.test(word) && LATIN.test(word))
      found.set("invisible-characters", word);
    if (!found.has("styled-letters") && STYLED.test(word)) found.set("styled-letters", word);
    if (!found.has("mixed-script") && mixedScript(word)) found.set("mixed-script", word);
  }
  return [...found].map(([kind, word]) => ({ kind, word }));
}
