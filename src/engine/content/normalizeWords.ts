/**
 * Words folded for matching across languages and disguises: compatibility forms (𝗠𝗶𝗰𝗿𝗼𝘀𝗼𝗳𝘁,
 * ｆｕｌｌｗｉｄｔｈ) and accents removed, lower case. "Contraseña expirada!" → "contrasena", "expirada".
 */
const MARKS = /\p{M}+/gu;
/** Apostrophes stay inside words, so "won't" is not "won". */
const SEPARATORS = /[^\p{L}\p{N}'’]+/u;

function trimApostrophes(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && (word[start] === "'" || word[start] === "’")) start++;
  while (end > start && (word[end - 1] === "'" || word[end - 1] === "’")) end--;
  return word.slice(start, end);
}

/** One word folded. */
export function foldWord(word: string): string {
  return word.normalize("NFKD").replace(MARKS, "").toLowerCase().replace(/’/g, "'");
}

/** The words of a text as written (compatibility forms resolved) and folded, side by side. */
export function textWords(text: string): { written: string[]; folded: string[] } {
  const written = text
    .normalize("NFKC")
    .split(SEPARATORS)
    .map(trimApostrophes)
    .filter((w) => w !== "");
  return { written, folded: written.map(foldWord) };
}

/** A phrase of the lexicon folded the same way, word by word. */
export function foldText(text: string): string {
  return textWords(text).folded.join(" ");
}
