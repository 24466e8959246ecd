/**
 * Authentication-Results (RFC 8601), ARC-Authentication-Results (RFC 8617) and Received-SPF
 * (RFC 7208 §9.1), parsed tolerantly: Microsoft's header without authserv-id, bare `action=` and
 * `reason=` properties, unknown result keywords, unquoted `/` and `:` in values and unbalanced
 * brackets all give partial results instead of an error. One left-to-right scan and only anchored
 * regexes over single tokens, so hostile input costs linear time.
 */

export interface AuthResult {
  /** Lower-case: spf, dkim, dmarc, compauth, arc, bimi, auth, iprev, … */
  method: string;
  /** Lower-case keyword as written: pass, fail, softfail, neutral, none, temperror, permerror, … */
  result: string;
  reason?: string;
  /** Lower-case `ptype.property` keys ("header.d", "smtp.mailfrom") and bare keys ("action", "reason"); values unquoted. */
  props: Record<string, string>;
}

export interface AuthResultsHeader {
  /** Absent when the header starts directly with a method, as Microsoft's does. */
  authservId?: string;
  version?: number;
  /** ARC-Authentication-Results only: the `i=` instance. */
  arcInstance?: number;
  results: AuthResult[];
  raw: string;
}

export interface ReceivedSpf {
  result: string;
  /** The domain whose SPF policy was checked, lower-case. */
  domain?: string;
  clientIp?: string;
  helo?: string;
  receiver?: string;
  raw: string;
}

interface Token {
  kind: "word" | "quoted" | "eq" | "comment";
  text: string;
  /** Whitespace or a comment came just before: an unquoted value ends there. */
  spaced: boolean;
}

/** Characters that end a word: whitespace and the specials this grammar needs. `.`, `/`, `:`, `@` stay inside words. */
function endsWord(c: string): boolean {
  return (
    c === " " ||
    c === "\t" ||
    c === "\r" ||
    c === "\n" ||
    c === "(" ||
    c === ")" ||
    c === '"' ||
    c === ";" ||
    c === "="
  );
}

/** The text of the comment opening at `start` (nesting and quoted-pairs honoured) and the index past it; an unclosed one runs to the end. */
function readComment(s: string, start: number): [string, number] {
  let depth = 0;
  for (let i = start; i < s.length; i++) {
    const c = s[i];
    if (c === "\\") i++;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return [s.slice(start + 1, i), i + 1];
  }
  return [s.slice(start + 1), s.length];
}

/** The unquoted text of the quoted-string opening at `start` and the index past it; folding line breaks are dropped. */
function readQuoted(s: string, start: number): [string, number] {
  const parts: string[] = [];
  let from = start + 1;
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (c === '"') {
      parts.push(s.slice(from, i));
      return [parts.join(""), i + 1];
    }
    if (c === "\\" || c === "\r" || c === "\n") {
      parts.push(s.slice(from, i));
      if (c === "\\" && i + 1 < s.length) parts.push(s[++i]);
      from = i + 1;
    }
  }
  parts.push(s.slice(from));
  return [parts.join(""), s.length];
}

const NO_TOKENS: readonly Token[] = [];

/** The value split at top-level `;` (not inside quotes or comments), each part as tokens. Empty parts are kept. */
function* chunks(s: string): Generator<readonly Token[]> {
  let chunk: Token[] = [];
  let spaced = false;
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === ";") {
      yield chunk.length > 0 ? chunk : NO_TOKENS;
      if (chunk.length > 0) chunk = [];
      spaced = false;
      i++;
    } else if (c === " " || c === "\t" || c === "\r" || c === "\n" || c === ")") {
      // A stray ")" is dropped like whitespace.
      spaced = true;
      i++;
    } else if (c === "(") {
      const [text, end] = readComment(s, i);
      chunk.push({ kind: "comment", text, spaced: true });
      spaced = true;
      i = end;
    } else if (c === '"') {
      const [text, end] = readQuoted(s, i);
      chunk.push({ kind: "quoted", text, spaced });
      spaced = false;
      i = end;
    } else if (c === "=") {
      chunk.push({ kind: "eq", text: "=", spaced });
      spaced = false;
      i++;
    } else {
      let end = i + 1;
      while (end < s.length && !endsWord(s[end])) end++;
      chunk.push({ kind: "word", text: s.slice(i, end), spaced });
      spaced = false;
      i = end;
    }
  }
  yield chunk.length > 0 ? chunk : NO_TOKENS;
}

interface Pair {
  key: string;
  value: string;
}

/** Does a key fragment join its neighbour (`policy . expired`, `dkim / 1`)? */
function joins(left: string, right: string): boolean {
  return left.endsWith(".") || left.endsWith("/") || right.startsWith(".") || right.startsWith("/");
}

/**
 * The `key=value` pairs of one chunk, in order. A key is the word before `=`, with fragments split by
 * comments or spaces around `.` and `/` joined back; a value is the next token plus whatever touches it
 * (`abc==`, `"joe"@example.com`). Words that belong to neither are dropped.
 */
function pairsOf(tokens: readonly Token[]): Pair[] {
  const pairs: Pair[] = [];
  let free = 0; // first token not yet used by a pair
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== "eq") continue;
    const fragments: string[] = [];
    for (let k = i - 1; k >= free; k--) {
      const t = tokens[k];
      if (t.kind === "comment") continue;
      if (t.kind === "eq") break;
      if (fragments.length > 0 && !joins(t.text, fragments[fragments.length - 1])) break;
      fragments.push(t.text);
    }
    let j = i + 1;
    while (j < tokens.length && tokens[j].kind === "comment") j++;
    const value: string[] = [];
    if (j < tokens.length) {
      value.push(tokens[j++].text);
      while (j < tokens.length && !tokens[j].spaced && tokens[j].kind !== "comment")
        value.push(tokens[j++].text);
    }
    pairs.push({ key: fragments.reverse().join(""), value: value.join("") });
    free = j;
    i = j - 1;
  }
  return pairs;
}

/** RFC 8601 Keyword (ldh-str, `_` tolerated), which every method name is; anything else is not a result. */
const KEYWORD = /^[a-z0-9][a-z0-9_-]*$/;

/** Object without a prototype, so keys like "__proto__" from the header are plain data. */
function dictionary(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}

function resultOf(tokens: readonly Token[]): AuthResult | undefined {
  const pairs = pairsOf(tokens);
  if (pairs.length === 0) return undefined;
  // `dkim/1=pass`: the method version is not kept.
  const method = pairs[0].key.split("/")[0].toLowerCase();
  if (!KEYWORD.test(method)) return undefined;
  const result: AuthResult = { method, result: pairs[0].value.toLowerCase(), props: dictionary() };
  for (const { key, value } of pairs.slice(1)) {
    const k = key.toLowerCase();
    if (k === "") continue;
    // RFC reasonspec and Microsoft's `compauth=pass reason=100` alike; also kept as a bare property.
    if (k === "reason" && result.reason === undefined) result.reason = value;
    if (!(k in result.props)) result.props[k] = value;
  }
  return result;
}

function significant(tokens: readonly Token[]): readonly Token[] {
  return tokens.some((t) => t.kind === "comment") ? tokens.filter((t) => t.kind !== "comment") : tokens;
}

/** `i=1` as the first part of an ARC-Authentication-Results value. */
function arcInstanceOf(tokens: readonly Token[]): number | undefined {
  const [name, eq, value, ...rest] = significant(tokens);
  if (rest.length > 0 || name?.text.toLowerCase() !== "i" || eq?.kind !== "eq") return undefined;
  return value && /^\d{1,9}$/.test(value.text) ? Number(value.text) : undefined;
}

function parse(value: string, arc: boolean): AuthResultsHeader {
  const header: AuthResultsHeader = { results: [], raw: value };
  let expectInstance = arc;
  let expectAuthserv = true;
  for (const chunk of chunks(value)) {
    if (expectInstance) {
      expectInstance = false;
      const instance = arcInstanceOf(chunk);
      if (instance !== undefined) {
        header.arcInstance = instance;
        continue;
      }
    }
    if (expectAuthserv) {
      expectAuthserv = false;
      // A first part with `=` is already a result: Microsoft writes no authserv-id.
      if (!chunk.some((t) => t.kind === "eq")) {
        const [id, version] = significant(chunk);
        if (id) {
          header.authservId = id.text;
          // RFC 8601 §2.2: an omitted version means 1.
          header.version = version && /^\d{1,9}$/.test(version.text) ? Number(version.text) : 1;
        }
        continue;
      }
    }
    const result = resultOf(chunk);
    if (result) header.results.push(result);
  }
  return header;
}

export function parseAuthenticationResults(value: string): AuthResultsHeader {
  return parse(String(value ?? ""), false);
}

export function parseArcAuthenticationResults(value: string): AuthResultsHeader {
  return parse(String(value ?? ""), true);
}

const BRACKETS_AND_PUNCTUATION = new Set(["<", ">", "[", "]", ".", ",", ")", "("]);

/** The domain part of an address or a bare domain, lower-case, without brackets or trailing dots. */
function domainPart(text: string): string | undefined {
  let start = text.lastIndexOf("@") + 1;
  let end = text.length;
  while (start < end && BRACKETS_AND_PUNCTUATION.has(text[start])) start++;
  while (end > start && BRACKETS_AND_PUNCTUATION.has(text[end - 1])) end--;
  return start === end ? undefined : text.slice(start, end).toLowerCase();
}

/** The checked domain named in a receiver's comment: "domain of a@x.org designates …", "x.org does not designate …". */
function commentDomain(comment: string): string | undefined {
  const words = comment.split(/\s+/);
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i].toLowerCase();
    if (w === "domain" && words[i + 1].toLowerCase() === "of") {
      // "domain of transitioning a@x.org" is Google's and Microsoft's wording for a soft result.
      const name = words[i + 2]?.toLowerCase() === "transitioning" ? words[i + 3] : words[i + 2];
      return name === undefined ? undefined : domainPart(name);
    }
    if (words[i + 1].toLowerCase() === "does" && words[i + 2]?.toLowerCase() === "not") return domainPart(w);
  }
  return undefined;
}

export function parseReceivedSpf(value: string): ReceivedSpf {
  const raw = String(value ?? "");
  const spf: ReceivedSpf = { result: "", raw };
  const fields = dictionary();
  let comment: string | undefined;
  let first = true;
  for (const chunk of chunks(raw)) {
    if (first) {
      // The result is the first word, unless the value starts straight with `key=`.
      const [word, next] = significant(chunk);
      if (word?.kind === "word" && next?.kind !== "eq") spf.result = word.text.toLowerCase();
      first = false;
    }
    comment ??= chunk.find((t) => t.kind === "comment")?.text;
    for (const { key, value: v } of pairsOf(chunk)) {
      const k = key.toLowerCase();
      if (k !== "" && !(k in fields)) fields[k] = v;
    }
  }
  if (fields["client-ip"]) spf.clientIp = fields["client-ip"];
  if (fields.helo) spf.helo = fields.helo;
  if (fields.receiver) spf.receiver = fields.receiver;
  const domain =
    (fields.identity?.toLowerCase() === "helo" ? domainPart(fields.helo ?? "") : undefined) ??
    domainPart(fields["envelope-from"] ?? "") ??
    (comment === undefined ? undefined : commentDomain(comment));
  if (domain) spf.domain = domain;
  return spf;
}
