/**
 * A fortune held out in a message: "US$ 9.5 million", "€520,000", "$ 1,204,519.22", "Hundred Million
 * United State Dollars". Advance-fee stories promise such sums; ordinary mail rarely names them.
 * Hand-written as one pass over the characters: a regular expression for grouped numbers next to a
 * currency would re-scan long digit runs from every position.
 */

import { foldWord } from "./normalizeWords";

/** The smallest plain sum that counts as a fortune. */
const FORTUNE = 100_000;
/** Tokens a currency word or sign may stand from a "million" and still be its currency. */
const NEAR = 3;

const CURRENCY_WORDS: ReadonlySet<string> = new Set(
  "usd eur gbp dollar dollars euro euros pound pounds dolar dolares reais libras dollari dollaro".split(" "),
);
const MILLIONS: ReadonlySet<string> = new Set(
  "million millions billion billions millon millones milhao milhoes millionen milione milioni miljoen miljard".split(
    " ",
  ),
);
const SIGNS = "$€£";

interface Token {
  kind: "number" | "word" | "sign";
  /** Words folded (lower case, accents off); numbers as written. */
  word: string;
  value: number;
  start: number;
  end: number;
}

function isDigit(c: string): boolean {
  return c >= "0" && c <= "9";
}

const LETTER = /\p{L}/u;

function isLetter(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 0x80) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(c);
}

/** The whole part of "1,204,519.22", "1.599,99", "9.5" or "520,000": a last separator before one or two digits is the decimal one. */
function wholePart(text: string): number {
  const last = Math.max(text.lastIndexOf("."), text.lastIndexOf(","));
  const decimals = last === -1 ? 0 : text.length - last - 1;
  const whole = decimals > 0 && decimals < 3 ? text.slice(0, last) : text;
  let value = 0;
  for (const c of whole) if (isDigit(c)) value = value * 10 + Number(c);
  return value;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const start = i;
    const c = text[i];
    if (isDigit(c)) {
      while (
        i < text.length &&
        (isDigit(text[i]) || ((text[i] === "." || text[i] === ",") && isDigit(text[i + 1] ?? "")))
      )
        i++;
      const written = text.slice(start, i);
      out.push({ kind: "number", word: written, value: wholePart(written), start, end: i });
    } else if (isLetter(c)) {
      while (i < text.length && isLetter(text[i])) i++;
      out.push({ kind: "word", word: foldWord(text.slice(start, i)), value: 0, start, end: i });
    } else {
      i++;
      if (SIGNS.includes(c)) out.push({ kind: "sign", word: c, value: 0, start, end: i });
    }
  }
  return out;
}

function isCurrency(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === "sign" || CURRENCY_WORDS.has(token.word));
}

/** The first fortune in the text, as written, or undefined. */
export function fortuneIn(text: string): string | undefined {
  const list = tokens(text);
  for (let i = 0; i < list.length; i++) {
    const t = list[i];
    if (t.kind === "number" && t.value >= FORTUNE && (isCurrency(list[i - 1]) || isCurrency(list[i + 1]))) {
      const from = isCurrency(list[i - 1]) ? list[i - 1] : t;
      const to = isCurrency(list[i + 1]) ? list[i + 1] : t;
      return text.slice(from.start, to.end);
    }
    if (t.kind === "word" && MILLIONS.has(t.word)) {
      for (let k = Math.max(0, i - NEAR); k <= Math.min(list.length - 1, i + NEAR); k++) {
        if (k !== i && isCurrency(list[k])) {
          const from = list[Math.min(k, i > 0 && list[i - 1].kind === "number" ? i - 1 : i)];
          return text.slice(from.start, list[Math.max(k, i)].end);
        }
      }
    }
  }
  return undefined;
}
