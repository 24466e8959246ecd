import { parseMailDate } from "./mailDate";

/** One Received header, split into its RFC 5321 clauses. Clause texts keep their comments. */
export interface ReceivedHop {
  from?: string;
  by?: string;
  with?: string;
  id?: string;
  for?: string;
  via?: string;
  date?: number; // epoch ms
  raw: string;
}

type Clause = "from" | "by" | "with" | "id" | "for" | "via";
const CLAUSES: readonly string[] = ["from", "by", "with", "id", "for", "via"];

const SEMICOLON = 0x3b;
const NAME = /^[ \t\r\n]*received[ \t]*:/i;
// Where a date starts when a server left out the ";" (SendGrid, MHA's "broke1").
const WEEKDAY_TOKEN = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?$/i;
const ISO_DATE_TOKEN = /^\d{4}-\d{1,2}-\d{1,2}/;
const QMAIL = /^\(qmail /i;
const SPACE = /[ \t\n\v\f\r]/;
const SPACES = /[ \t\n\v\f\r]+/g;

/** One Received header value (without the "Received:" name; tolerated if present). Never throws. */
export function parseReceived(value: string): ReceivedHop {
  const raw = typeof value === "string" ? value : "";
  const text = raw.replace(NAME, "");
  const hop: ReceivedHop = { raw };

  // The date follows the last ";" (RFC 5321 §4.4). Without one, try the last weekday or ISO date.
  let lastSemicolon = -1;
  eachToken(text, text.length, (start) => {
    if (text.charCodeAt(start) === SEMICOLON) lastSemicolon = start;
  });
  let clauseEnd = text.length;
  if (lastSemicolon >= 0) {
    clauseEnd = lastSemicolon;
    const date = parseMailDate(text.slice(lastSemicolon + 1));
    if (date !== undefined) hop.date = date;
  } else {
    let candidate = -1;
    eachToken(text, text.length, (start, end) => {
      const token = text.slice(start, end);
      if (WEEKDAY_TOKEN.test(token) || ISO_DATE_TOKEN.test(token)) candidate = start;
    });
    const date = candidate >= 0 ? parseMailDate(text.slice(candidate)) : undefined;
    if (date !== undefined) {
      hop.date = date;
      clauseEnd = candidate;
    }
  }

  readClauses(text, clauseEnd, hop);
  return hop;
}

/**
 * Each keyword takes the tokens up to the next keyword; a repeated keyword's values are joined with
 * "; " (MHA's convention). Keywords count only outside comments, so "(Postfix, from userid 1001)" and
 * "(using TLSv1.3 with cipher …)" stay whole. Text before the first keyword is dropped, except
 * qmail's "(qmail 10876 invoked from network)", which names the receiving program and so goes to `by`.
 */
function readClauses(text: string, end: number, hop: ReceivedHop): void {
  const values = new Map<Clause, string[]>();
  const add = (clause: Clause, value: string) => {
    const list = values.get(clause);
    if (list) list.push(value);
    else values.set(clause, [value]);
  };
  let current: string[] | undefined; // the values of the clause being read; its last one grows
  eachToken(text, end, (start, stop) => {
    const length = stop - start;
    const keyword = length >= 2 && length <= 4 ? text.slice(start, stop).toLowerCase() : "";
    if (CLAUSES.includes(keyword)) {
      add(keyword as Clause, "");
      current = values.get(keyword as Clause);
    } else if (text.charCodeAt(start) === SEMICOLON) {
      current = undefined;
    } else if (current) {
      const last = current.length - 1;
      current[last] =
        current[last] === "" ? word(text, start, stop) : `${current[last]} ${word(text, start, stop)}`;
    } else if (QMAIL.test(text.slice(start, start + 7))) {
      const comment = word(text, start, stop);
      add("by", comment.slice(1, comment.endsWith(")") ? -1 : undefined));
    }
  });
  for (const [clause, list] of values) {
    const joined = list.filter((v) => v !== "").join("; ");
    if (joined !== "") hop[clause] = joined;
  }
}

/** A token's text; folding and runs of spaces inside its comments read as one space. */
function word(text: string, start: number, stop: number): string {
  const token = text.slice(start, stop);
  // Only comments hold whitespace; an unclosed one can end in it.
  return SPACE.test(token) ? token.replace(SPACES, " ").trimEnd() : token;
}

/**
 * Calls `visit` with the bounds of each token before `end`: a ";" outside comments, or a run up to
 * whitespace or ";" outside comments. Comments nest, and a backslash escapes inside them.
 */
function eachToken(s: string, end: number, visit: (start: number, stop: number) => void): void {
  let i = 0;
  while (i < end) {
    const c = s.charCodeAt(i);
    const start = i;
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === SEMICOLON) {
      visit(start, ++i);
      continue;
    }
    let depth = 0;
    while (i < end) {
      const ch = s.charCodeAt(i);
      if (depth === 0 && (isSpace(ch) || ch === SEMICOLON)) break;
      if (ch === 0x28 /* ( */) depth++;
      else if (ch === 0x29 /* ) */ && depth > 0) depth--;
      else if (ch === 0x5c /* \ */ && depth > 0) i++; // quoted-pair: the next character is literal
      i++;
    }
    i = Math.min(i, end);
    visit(start, i);
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}
