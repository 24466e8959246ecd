/**
 * The From address a mail client would show, even when the From line breaks RFC 5322. Phishers break
 * it on purpose (an unquoted comma in the name, an address inside a comment, an unterminated quote)
 * so that strict parsers find no sender and every sender check goes quiet; Outlook still shows one.
 * Hand-written: no library recovers a sender the way mail clients do and says what was wrong.
 */
import { parseAddressList, type AddressProblem, type ParsedAddress } from "../headers/addresses";

/**
 * How a From line breaks the rules, each a sign legitimate mail almost never shows:
 * - `several-addresses`: an unquoted comma or semicolon splits it into several entries;
 * - `unterminated-quote`: a quote opens and never closes, swallowing the address into the name;
 * - `unterminated-angle`: `<` opens the address and no `>` closes it;
 * - `address-in-comment`: the only address sits inside parentheses, where it is a comment;
 * - `empty-address`: `<>`, the null address, which only bounce messages may use;
 * - `invalid-address`: something in the address's place that is no address ("crew@brew,com");
 * - `no-address`: a name and no address at all;
 * - `several-from-fields`: more than one From line, so different programs show different senders;
 * - `invalid-domain`: the address's domain has no ending that exists on the internet ("anna@hofer").
 */
export type FromProblem =
  | "several-addresses"
  | "unterminated-quote"
  | "unterminated-angle"
  | "address-in-comment"
  | "empty-address"
  | "invalid-address"
  | "no-address"
  | "several-from-fields"
  | "invalid-domain";

export interface RecoveredFrom {
  name: string;
  /** The address a mail client would show; "" when there is none at all. */
  address: string;
  problems: FromProblem[];
  /** The address parser's findings for the entry used (Mailsploit tricks, an address in the name). */
  addressProblems: AddressProblem[];
}

/** local@domain with something on both sides and no white space or brackets: worth checking. */
export function isAddrSpec(text: string): boolean {
  const at = text.lastIndexOf("@");
  if (at <= 0 || at === text.length - 1) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c === 60 || c === 62 || c === 40 || c === 41 || c === 44 || c === 59) return false;
  }
  return true;
}

/** The last `<…@…>` anywhere in the line, quotes and comments included, as a mail client finds it. */
function lastAngleAddress(raw: string): string | undefined {
  // One pass from the end, so a line full of "<" without ">" stays linear.
  let close = -1;
  for (let i = raw.length - 1; i >= 0; i--) {
    const c = raw.charCodeAt(i);
    if (c === 62) close = i;
    else if (c === 60 && close > i) {
      const inside = raw.slice(i + 1, close).trim();
      if (isAddrSpec(inside)) return inside;
    }
  }
  return undefined;
}

/** Unescaped quotes outside comments: an odd count means one never closed. */
function hasUnterminatedQuote(raw: string): boolean {
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 34) quoted = !quoted;
  }
  return quoted;
}

/** `<` with no `>` after it, outside a quoted string. */
function hasUnterminatedAngle(raw: string): boolean {
  let quoted = false;
  let open = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 34) quoted = !quoted;
    else if (!quoted && c === 60) open = true;
    else if (!quoted && c === 62) open = false;
  }
  return open;
}

const PUNCTUATION_ONLY = /^[\s\p{P}\p{S}]*$/u;

/** The names of the entries, without repeats and without fragments that are only punctuation ("_"). */
function shownName(entries: readonly ParsedAddress[]): string {
  const names: string[] = [];
  for (const e of entries) {
    if (PUNCTUATION_ONLY.test(e.name) || names.includes(e.name)) continue;
    names.push(e.name);
  }
  return names.join(" ");
}

/** A name that swallowed the address through an unterminated quote, cut before the address. */
function withoutSwallowedAddress(name: string, address: string): string {
  const at = name.lastIndexOf(address);
  if (at < 0) return name;
  const open = name.lastIndexOf("<", at);
  return name.slice(0, open < 0 ? at : open).trim();
}

/**
 * The sender of a raw (undecoded, unfolded) From value. A well-formed line gives its one address; a
 * broken one gives what a mail client shows: the last angle-bracket address anywhere in the line,
 * with the problems found. A quoted string is a name even when it looks like an address. `fieldCount` is how many From lines the message has.
 */
export function recoverFrom(raw: string, fieldCount = 1): RecoveredFrom {
  const entries = parseAddressList(raw);
  const usable = entries.filter((e) => isAddrSpec(e.address));
  const problems: FromProblem[] = [];
  if (entries.length > 1) problems.push("several-addresses");
  if (hasUnterminatedQuote(raw)) problems.push("unterminated-quote");
  else if (hasUnterminatedAngle(raw)) problems.push("unterminated-angle");
  let used: ParsedAddress | undefined = usable.length > 0 ? usable[usable.length - 1] : undefined;
  let address = used?.address ?? "";
  if (!used || problems.includes("unterminated-quote")) {
    const recovered = lastAngleAddress(raw);
    if (recovered) {
      address = recovered;
      used = usable.find((e) => e.address === recovered);
      if (!used && problems.length === 0) problems.push("address-in-comment");
    } else if (entries.length === 1 && /<\s*>/.test(raw)) {
      problems.push("empty-address");
    } else if (entries.some((e) => e.address !== "")) {
      problems.push("invalid-address");
    } else {
      problems.push("no-address");
    }
  }
  if (fieldCount > 1) problems.push("several-from-fields");
  const name = entries.length === 1 && used ? used.name : shownName(entries);
  return {
    name: problems.includes("unterminated-quote") ? withoutSwallowedAddress(name, address) : name,
    address,
    problems,
    addressProblems: used?.problems ?? entries[0]?.problems ?? [],
  };
}
