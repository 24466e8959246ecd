/**
 * Words folded for matching across languages and disguises: compatibility forms (𝗠𝗶𝗰𝗿𝗼𝘀𝗼𝗳𝘁,
 * ｆｕｌｌｗｉｄｔｈ) and accents removed, lower case. "Contraseña expirada!" → "contrasena", "expirada".
 * Plain ASCII words, nearly all of them, skip Unicode normalisation.
 */
const MARKS = /\p{M}+/gu;
/** Apostrophes stay inside words, so "won't" is not "won". */
const WORD = /[\p{L}\p{N}\p{M}'’]+/gu;

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return false;
  return true;
}

function trimApostrophes(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && (word[start] === "'" || word[start] === "’")) start++;
  while (end > start && (word[end - 1] === "'" || word[end - 1] === "’")) end--;
  return start === 0 && end === word.length ? word : word.slice(start, end);
}

/** One word folded. */
export function foldWord(word: string): string {
  if (isAscii(word)) return word.toLowerCase();
  return word.normalize("NFKD").replace(MARKS, "").toLowerCase().replace(/’/g, "'");
}

/** The words of a text as written and folded, side by side. */
export function textWords(text: string): { written: string[]; folded: string[] } {
  const written: string[] = [];
  const folded: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = trimApostrophes(match[0]);
    if (word === "") continue;
    written.push(word);
    folded.push(foldWord(word));
  }
  return { written, folded };
}

/** A phrase of the lexicon folded the same way, word by word. */
export function foldText(text: string): string {
  return textWords(text).folded.join(" ");
}
