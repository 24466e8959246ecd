/**
 * Words written to fool filters while reading normally to a person: Latin words with Cyrillic or
 * Greek letters inside ("Amаzon" with a Cyrillic а), letters from Unicode's mathematical or
 * fullwidth alphabets ("𝗡𝗲𝘁𝗳𝗹𝗶𝘅"), and invisible characters splitting words.
 */
export type Disguise = "mixed-script" | "styled-letters" | "invisible-characters";

const LATIN = /\p{Script=Latin}/u;
const LOOKALIKE_SCRIPTS = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Cherokee}]/u;
const STYLED = /[\u{1D400}-\u{1D7FF}\uFF21-\uFF3A\uFF41-\uFF5A\u{1F130}-\u{1F189}]/u;
// An alternation, not a class: a class holding joiners reads as combined characters.
const INVISIBLE = /\u200B|\u200C|\u200D|\u2060|\u00AD|\uFEFF|\u034F/u;
const WORDS = /[^\s.,;:!?()[\]{}"'“”‘’«»|/\\<>-]+/gu;

export interface DisguisedWord {
  kind: Disguise;
  word: string;
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
    if (!found.has("mixed-script") && LATIN.test(word) && LOOKALIKE_SCRIPTS.test(word))
      found.set("mixed-script", word);
  }
  return [...found].map(([kind, word]) => ({ kind, word }));
}
