/**
 * Trimming runs of characters from the ends of hostile text with a linear scan. `/[…]+$/` looks the
 * same but is quadratic in V8 on a long run that does not reach the end (each start retries the run).
 */

export const isSpace = (ch: string): boolean => /\s/u.test(ch);

/** `text` without the trailing characters that `drop` accepts. */
export function trimTrailing(text: string, drop: (ch: string) => boolean): string {
  let end = text.length;
  while (end > 0 && drop(text[end - 1])) end--;
  return text.slice(0, end);
}

/** `text` without the leading characters that `drop` accepts. */
export function trimLeading(text: string, drop: (ch: string) => boolean): string {
  let start = 0;
  while (start < text.length && drop(text[start])) start++;
  return text.slice(start);
}
