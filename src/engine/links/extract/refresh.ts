/**
 * The URL in `<meta http-equiv="refresh" content="0; url=…">`, read as HTML's "shared declarative
 * refresh steps" do (https://html.spec.whatwg.org/#shared-declarative-refresh-steps), so the variants
 * browsers follow ("0;URL='…'", "5, …", "0; url = …") are all found.
 */

function isAsciiSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The URL as written; undefined when the content is invalid or reloads the same page. */
export function refreshUrl(content: string): string | undefined {
  let i = 0;
  const skipSpace = () => {
    while (i < content.length && isAsciiSpace(content.charCodeAt(i))) i++;
  };
  const at = (c: number) => content.charCodeAt(i) === c;
  const atLetter = (lower: number) => (content.charCodeAt(i) | 0x20) === lower;

  skipSpace();
  const timeStart = i;
  while (i < content.length && isDigit(content.charCodeAt(i))) i++;
  if (i === timeStart && !at(46)) return undefined;
  while (i < content.length && (isDigit(content.charCodeAt(i)) || at(46))) i++;
  if (i >= content.length) return undefined;
  if (!at(59) && !at(44) && !isAsciiSpace(content.charCodeAt(i))) return undefined;
  skipSpace();
  if (at(59) || at(44)) {
    i++;
    skipSpace();
  }
  if (i >= content.length) return undefined;

  let url = content.slice(i);
  // "url =" is optional; without the "=", the text after the delay is the URL itself.
  if (atLetter(117)) {
    i++;
    if (atLetter(114)) {
      i++;
      if (atLetter(108)) {
        i++;
        skipSpace();
        if (at(61)) {
          i++;
          skipSpace();
          url = unquote(content.slice(i));
        }
      }
    }
  } else {
    url = unquote(url);
  }
  return url === "" ? undefined : url;
}

/** A leading quote ends the URL at its partner; an unmatched one is dropped. */
function unquote(s: string): string {
  const quote = s.charAt(0);
  if (quote !== "'" && quote !== '"') return s;
  const end = s.indexOf(quote, 1);
  return end < 0 ? s.slice(1) : s.slice(1, end);
}
