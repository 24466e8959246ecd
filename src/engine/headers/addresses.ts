/**
 * RFC 5322 address lists (§3.4) with the obsolete forms of §4.4 (route addresses, CFWS in odd places)
 * and the usual breakage (missing angle brackets, bare names, several `@`), reporting the Mailsploit
 * tricks instead of accepting them silently.
 *
 * Hand-written rather than postal-mime's `addressParser`: that one drops NUL and other control bytes
 * and decodes display names itself, so the evidence this module exists to report (a NUL, a line
 * break, an `@` that came out of an encoded word) is gone before it could be seen; it also keeps
 * route addresses as the address. The test suite compares the two on ordinary lists.
 */
import { addressDomain, normalizeHost } from "../domains/normalize";
import { decodeEncodedWordParts, decodeEncodedWords } from "./encodedWords";

export interface ParsedAddress {
  /** Decoded display name (a comment stands in when there is none); trimmed of spaces and tabs only. */
  name: string;
  /** The addr-spec as written, domain lower-cased; "" for the null path `<>` or when none was found. */
  address: string;
  /** Decoded name of the group the address belongs to. */
  group?: string;
  problems: AddressProblem[];
}

/**
 * - `encoded-at-in-name`: an `@` (or its fullwidth or small form) came out of an encoded word in the
 *   name or group name: the Mailsploit trick, never legitimate.
 * - `control-chars-in-name`: C0 or C1 controls (bar tab, NUL, CR, LF), DEL, bidi overrides or isolates.
 * - `newline-in-name`: CR or LF that is not folding, usually from decoding.
 * - `null-byte`: NUL in the name, address or comments, raw or decoded.
 * - `multiple-at`: more than one `@` in the address, as written or with its encoded words decoded.
 * - `address-in-name`: the name or group name shows an address other than this one, or a domain (on
 *   the public suffix list) whose registrable domain differs from the address's.
 * - `unparseable`: no usable `local@domain` (the null path `<>` is fine).
 */
export type AddressProblem =
  | "encoded-at-in-name"
  | "control-chars-in-name"
  | "newline-in-name"
  | "null-byte"
  | "multiple-at"
  | "address-in-name"
  | "unparseable";

/** Problems are listed in this order. */
const PROBLEMS: readonly AddressProblem[] = [
  "encoded-at-in-name",
  "control-chars-in-name",
  "newline-in-name",
  "null-byte",
  "multiple-at",
  "address-in-name",
  "unparseable",
];

/** `@` and the forms NFKC folds into it (fullwidth, small). */
const AT_LIKE = /[@\uFF20\uFE6B]/;
const AT_LIKE_ALL = /[@\uFF20\uFE6B]/g;
/** Separates candidate addresses and domains in a display name. */
const NOT_ADDRESS_CHAR = /[^\p{L}\p{M}\p{N}@._+-]+/u;
const TLD_LIKE = /^(?:\p{L}{2,}|xn--[a-z0-9-]+)$/iu;

type TokenKind = "atom" | "quoted" | "comment" | "angle" | "," | ";" | ":";

interface Token {
  kind: TokenKind;
  /** Content, without the delimiters of quoted strings, comments and angle addresses; quoted-pairs undone. */
  text: string;
  raw: string;
  /** No white space between this token and the one before. */
  glued: boolean;
}

/** Adjacent words with no white space between them: one addr-spec candidate or one piece of a name. */
interface Run {
  text: string;
  raw: string;
  /** Holds an `@` outside quotes. */
  at: boolean;
}

interface Entry {
  runs: Run[];
  /** The last run may still take glued words. */
  open: boolean;
  angles: string[];
  comments: string[];
  hasAddress: boolean;
}

interface Name {
  text: string;
  encodedAt: boolean;
}

/** What a display name mentions: addresses and registrable domains. */
interface Mentions {
  addresses: Set<string>;
  domains: Set<string>;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

/**
 * RFC 5322 unfolding: a line break followed by a space or tab, or ending the value, goes. A bare
 * one cannot be folding (a decoded value, or a broken header), so it stays as text and is reported.
 */
function unfold(value: string): string {
  if (!value.includes("\n") && !value.includes("\r")) return value;
  let out = "";
  let kept = 0;
  for (let i = 0; i < value.length;) {
    const c = value.charCodeAt(i);
    if (c !== 13 && c !== 10) {
      i++;
      continue;
    }
    let j = i;
    while (j < value.length && (value.charCodeAt(j) === 13 || value.charCodeAt(j) === 10)) j++;
    if (j === value.length || isSpace(value.charCodeAt(j))) {
      out += value.slice(kept, i);
      kept = j;
    }
    i = j;
  }
  return out + value.slice(kept);
}

/** Reads up to the closing `close` (nesting `open` when given), resolving quoted-pairs. */
function readDelimited(s: string, i: number, close: number, open = -1): [text: string, end: number] {
  let text = "";
  let kept = i;
  let depth = 1;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 92 && i + 1 < s.length) {
      text += s.slice(kept, i);
      kept = ++i;
    } else if (c === open) {
      depth++;
    } else if (c === close && --depth === 0) {
      return [text + s.slice(kept, i), i + 1];
    }
  }
  return [text + s.slice(kept), s.length];
}

/** An angle address runs to the first `>` outside a quoted local part; unterminated, to the end. */
function readAngle(s: string, i: number): [text: string, end: number] {
  let quoted = false;
  for (let j = i; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (quoted && c === 92) j++;
    else if (c === 34) quoted = !quoted;
    else if (c === 62 && !quoted) return [s.slice(i, j), j + 1];
  }
  return [s.slice(i), s.length];
}

const ATOM_STOP = new Set([32, 9, 34, 40, 60, 44, 59, 58]); // space tab " ( < , ; :

function nextToken(s: string, i: number, glued: boolean): [token: Token, end: number] {
  const c = s.charCodeAt(i);
  let kind: TokenKind = "atom";
  let read: [text: string, end: number];
  if (c === 34) {
    kind = "quoted";
    read = readDelimited(s, i + 1, 34);
  } else if (c === 40) {
    kind = "comment";
    read = readDelimited(s, i + 1, 41, 40);
  } else if (c === 60) {
    kind = "angle";
    read = readAngle(s, i + 1);
  } else if (c === 44 || c === 59 || c === 58) {
    kind = s[i] as TokenKind;
    read = [s[i], i + 1];
  } else {
    let end = i + 1;
    while (end < s.length && !ATOM_STOP.has(s.charCodeAt(end))) end++;
    read = [s.slice(i, end), end];
  }
  const [text, end] = read;
  return [{ kind, text, raw: s.slice(i, end), glued }, end];
}

/** The addr-spec inside angle brackets: CFWS outside quotes dropped, an obsolete route (`@a,@b:`) too. */
function addrSpec(angle: string): string {
  let out = "";
  let quoted = false;
  let depth = 0;
  for (let i = 0; i < angle.length; i++) {
    const ch = angle[i];
    if (quoted) {
      out += ch;
      if (ch === "\\" && i + 1 < angle.length) out += angle[++i];
      else if (ch === '"') quoted = false;
    } else if (depth > 0) {
      if (ch === "\\") i++;
      else if (ch === "(") depth++;
      else if (ch === ")") depth--;
    } else if (ch === "(") depth = 1;
    else if (ch !== " " && ch !== "\t") {
      if (ch === '"') quoted = true;
      out += ch;
    }
  }
  const routeEnd = out.startsWith("@") ? out.indexOf(":") : -1;
  return routeEnd > 0 ? out.slice(routeEnd + 1) : out;
}

function lowerDomain(address: string): string {
  const at = address.lastIndexOf("@");
  return at < 0 ? address : address.slice(0, at + 1) + address.slice(at + 1).toLowerCase();
}

function decodeName(raw: string): Name {
  let text = "";
  let encodedAt = false;
  for (const part of decodeEncodedWordParts(raw)) {
    text += part.text;
    if (part.encoded && AT_LIKE.test(part.text)) encodedAt = true;
  }
  return { text, encodedAt };
}

function trimAddressPunctuation(token: string): string {
  let start = 0;
  let end = token.length;
  while (start < end && ".-_+".includes(token[start])) start++;
  while (end > start && ".-_+".includes(token[end - 1])) end--;
  return token.slice(start, end);
}

/** Addresses and domains a name shows, after NFKC (fullwidth `＠` and `．`) and ideographic full stops. */
function mentionsIn(name: string): Mentions {
  const mentions: Mentions = { addresses: new Set(), domains: new Set() };
  // Without a dot, an @ or anything NFKC could turn into one, there is nothing to find.
  if (!/[.@\u0080-\uFFFF]/.test(name)) return mentions;
  const folded = name.normalize("NFKC").replace(/[\u3002\uFF61]/g, ".");
  for (const piece of folded.split(NOT_ADDRESS_CHAR)) {
    const token = trimAddressPunctuation(piece);
    const at = token.lastIndexOf("@");
    if (at >= 0) {
      if (at > 0 && at < token.length - 1) mentions.addresses.add(token.toLowerCase());
      continue;
    }
    const dot = token.lastIndexOf(".");
    if (dot < 0 || token.length > 253 || !TLD_LIKE.test(token.slice(dot + 1))) continue;
    const host = normalizeHost(token);
    if (host && !host.isIp && host.suffixKind !== "unlisted") mentions.domains.add(host.registrable);
  }
  return mentions;
}

/** Whether the name mentions an address other than `address`, or a domain other than its domain. */
function mentionsOther(mentions: Mentions, address: string): boolean {
  const own = address.toLowerCase();
  const { addresses, domains } = mentions;
  if (addresses.size > 1 || (addresses.size === 1 && !addresses.has(own))) return true;
  if (domains.size === 0) return false;
  const ownDomain = addressDomain(own)?.registrable;
  return domains.size > 1 || ownDomain === undefined || !domains.has(ownDomain);
}

/** C0 (bar tab, and NUL, CR, LF: they have their own problems), DEL, C1, bidi overrides and isolates. */
function hasControlChars(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0 || c === 9 || c === 10 || c === 13) continue;
    if (
      c < 0x20 ||
      (c >= 0x7f && c <= 0x9f) ||
      (c >= 0x202a && c <= 0x202e) ||
      (c >= 0x2066 && c <= 0x2069)
    ) {
      return true;
    }
  }
  return false;
}

function countAt(text: string): number {
  return text.match(AT_LIKE_ALL)?.length ?? 0;
}

/** A decoded name with what it mentions and its own problems. */
interface NameFacts extends Name {
  mentions: Mentions;
  problems: AddressProblem[];
}

function nameFacts(raw: string): NameFacts {
  const name = decodeName(raw);
  const problems: AddressProblem[] = [];
  if (name.encodedAt) problems.push("encoded-at-in-name");
  if (hasControlChars(name.text)) problems.push("control-chars-in-name");
  if (name.text.includes("\r") || name.text.includes("\n")) problems.push("newline-in-name");
  if (name.text.includes("\0")) problems.push("null-byte");
  return { text: name.text, encodedAt: name.encodedAt, mentions: mentionsIn(name.text), problems };
}

function problemsOf(
  names: readonly NameFacts[],
  address: string,
  nullPath: boolean,
  comments: readonly string[],
): AddressProblem[] {
  const found = new Set<AddressProblem>();
  for (const facts of names) {
    for (const problem of facts.problems) found.add(problem);
    if (mentionsOther(facts.mentions, address)) found.add("address-in-name");
  }
  const decoded = decodeEncodedWords(address);
  if (decoded.includes("\0") || comments.some((c) => decodeEncodedWords(c).includes("\0"))) {
    found.add("null-byte");
  }
  if (countAt(address) > 1 || countAt(decoded) > 1) found.add("multiple-at");
  const at = address.lastIndexOf("@");
  if (!nullPath && (at <= 0 || at === address.length - 1)) found.add("unparseable");
  return PROBLEMS.filter((p) => found.has(p));
}

function emptyEntry(): Entry {
  return { runs: [], open: false, angles: [], comments: [], hasAddress: false };
}

function addWord(entry: Entry, token: Token): void {
  const at = token.kind === "atom" && token.text.includes("@");
  const last = entry.runs[entry.runs.length - 1];
  if (entry.open && token.glued && last) {
    last.text += token.text;
    last.raw += token.raw;
    last.at ||= at;
  } else {
    entry.runs.push({ text: token.text, raw: token.raw, at });
  }
  entry.open = true;
  entry.hasAddress ||= at;
}

function toAddress(entry: Entry, group: NameFacts | undefined): ParsedAddress | undefined {
  const { runs, angles, comments } = entry;
  if (runs.length === 0 && angles.length === 0 && comments.length === 0) return undefined;
  let address = "";
  let nameParts: string[];
  if (angles.length > 0) {
    address = addrSpec(angles[0]);
    // Further angle addresses are shown as text, where address-in-name catches them.
    nameParts = [...runs.map((r) => r.text), ...angles.slice(1).map((a) => `<${a}>`)];
  } else {
    // No angle brackets: the last word with an unquoted "@" is the address (never a quoted string).
    let k = runs.length - 1;
    while (k >= 0 && !runs[k].at) k--;
    if (k >= 0) address = runs[k].raw;
    nameParts = runs.filter((_, i) => i !== k).map((r) => r.text);
  }
  if (nameParts.length === 0) nameParts = comments;
  const name = nameFacts(nameParts.join(" "));
  const nullPath = angles.length > 0 && address === "";
  const problems = problemsOf(group ? [name, group] : [name], address, nullPath, comments);
  const shown = trimSpaces(name.text);
  const spec = lowerDomain(address);
  // No object spread here or in nameFacts: V8's slow path for it dominated with 100k addresses.
  return group
    ? { name: shown, address: spec, group: trimSpaces(group.text), problems }
    : { name: shown, address: spec, problems };
}

/**
 * Every address in an address-list field, groups flattened (members carry the group name). Give it
 * the field's `raw` value: decoding first would let an encoded `<`, `,` or `"` change the structure.
 * Never throws; junk yields entries with problems, not exceptions.
 */
export function parseAddressList(value: string): ParsedAddress[] {
  const out: ParsedAddress[] = [];
  if (typeof value !== "string") return out;
  const s = unfold(value);
  let entry = emptyEntry();
  let group: NameFacts | undefined;
  const finish = () => {
    const parsed = toAddress(entry, group);
    if (parsed) out.push(parsed);
    entry = emptyEntry();
  };
  let glued = false;
  for (let i = 0; i < s.length;) {
    if (isSpace(s.charCodeAt(i))) {
      glued = false;
      i++;
      continue;
    }
    const [token, end] = nextToken(s, i, glued);
    i = end;
    glued = true;
    switch (token.kind) {
      case ",":
        finish();
        break;
      case ";":
        // Ends a group; outside one, some clients use it like a comma.
        finish();
        group = undefined;
        break;
      case ":":
        // Opens a group, unless it is part of an address (an IPv6 literal) or a group is open (no nesting).
        if (!group && !entry.hasAddress) {
          const { runs, comments } = entry;
          const rawName = runs.length > 0 ? runs.map((r) => r.text).join(" ") : comments.join(" ");
          group = nameFacts(rawName);
          entry = emptyEntry();
        } else {
          addWord(entry, { kind: "atom", text: token.text, raw: token.raw, glued: token.glued });
        }
        break;
      case "comment":
        entry.comments.push(token.text);
        entry.open = false;
        break;
      case "angle":
        entry.angles.push(token.text);
        entry.open = false;
        entry.hasAddress = true;
        break;
      default:
        addWord(entry, token);
    }
  }
  finish();
  return out;
}
