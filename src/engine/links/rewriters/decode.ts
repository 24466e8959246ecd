/**
 * Decoders for wrapped targets. Hand-written rather than atob, TextDecoder or decodeURIComponent:
 * classic Outlook's JS-only runtime may lack the first two, decodeURIComponent throws on a bad
 * escape, and every decoder here must take malformed input without throwing.
 */

/** Value of a base64 digit in either alphabet (standard "+/" or URL-safe "-_"), or -1. */
function sextet(c: number): number {
  if (c >= 65 && c <= 90) return c - 65; // A-Z
  if (c >= 97 && c <= 122) return c - 71; // a-z
  if (c >= 48 && c <= 57) return c + 4; // 0-9
  if (c === 43 || c === 45) return 62; // + -
  if (c === 47 || c === 95) return 63; // / _
  return -1;
}

/** Bytes of standard or URL-safe base64, padded or not; undefined when `s` is not base64. */
export function base64Bytes(s: string): Uint8Array | undefined {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 61) end--; // "="
  if (end % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let acc = 0;
  let bits = 0;
  let n = 0;
  for (let i = 0; i < end; i++) {
    const v = sextet(s.charCodeAt(i));
    if (v < 0) return undefined;
    acc = ((acc << 6) | v) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

/**
 * UTF-8 to a string as the Encoding standard decodes it: each maximal invalid subsequence becomes
 * one U+FFFD, so the result matches TextDecoder.
 */
export function utf8(bytes: ArrayLike<number>): string {
  let out = "";
  let cp = 0;
  let needed = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xbf;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (needed === 0) {
      if (b < 0x80) out += String.fromCharCode(b);
      else if (b >= 0xc2 && b <= 0xdf) [needed, cp] = [1, b & 0x1f];
      else if (b >= 0xe0 && b <= 0xef) {
        // E0 and ED bound the next byte: no overlong forms, no surrogates.
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
        [needed, cp] = [2, b & 0x0f];
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
        [needed, cp] = [3, b & 0x07];
      } else out += "\ufffd";
      continue;
    }
    if (b < lower || b > upper) {
      // The sequence so far is one error; the byte that broke it starts afresh.
      [cp, needed, seen, lower, upper] = [0, 0, 0, 0x80, 0xbf];
      out += "\ufffd";
      i--;
      continue;
    }
    [lower, upper] = [0x80, 0xbf];
    cp = (cp << 6) | (b & 0x3f);
    if (++seen === needed) {
      out += String.fromCodePoint(cp);
      [cp, needed, seen] = [0, 0, 0];
    }
  }
  return needed > 0 ? out + "\ufffd" : out;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** Percent-decodes as UTF-8, leaving a "%" that starts no valid escape as it is. Never throws. */
export function percentDecode(s: string): string {
  if (!s.includes("%")) return s;
  let out = "";
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) === 37 && i + 2 < s.length) {
      const hi = hexValue(s.charCodeAt(i + 1));
      const lo = hexValue(s.charCodeAt(i + 2));
      if (hi >= 0 && lo >= 0) {
        bytes.push(hi * 16 + lo);
        i += 2;
        continue;
      }
    }
    if (bytes.length > 0) {
      out += utf8(bytes);
      bytes.length = 0;
    }
    out += s[i];
  }
  return bytes.length > 0 ? out + utf8(bytes) : out;
}

const NAMED = new Map([
  ["amp", "&"],
  ["lt", "<"],
  ["gt", ">"],
  ["quot", '"'],
  ["apos", "'"],
]);

/** The character an entity body ("amp", "#39", "#x27") stands for, if it is one. */
function entity(body: string): string | undefined {
  const named = NAMED.get(body.toLowerCase());
  if (named !== undefined || body[0] !== "#") return named;
  const hex = body[1] === "x" || body[1] === "X";
  const digits = body.slice(hex ? 2 : 1);
  if (digits === "" || !(hex ? /^[0-9a-f]+$/i : /^[0-9]+$/).test(digits)) return undefined;
  const cp = parseInt(digits, hex ? 16 : 10);
  return cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : undefined;
}

/** Longest entity body read ("#x10FFFF"), so a "&" without a near ";" costs constant work. */
const MAX_ENTITY = 8;

/**
 * Replaces the character references an HTML source leaves in a link ("&amp;", "&#39;"): Proofpoint
 * v1 and v2 encode the href as written in the HTML, references and all.
 */
export function htmlUnescape(s: string): string {
  if (!s.includes("&")) return s;
  let out = "";
  let i = 0;
  for (let amp = s.indexOf("&"); amp >= 0; amp = s.indexOf("&", i)) {
    out += s.slice(i, amp);
    const semi = s.slice(amp + 1, amp + 2 + MAX_ENTITY).indexOf(";");
    const ch = semi > 0 ? entity(s.slice(amp + 1, amp + 1 + semi)) : undefined;
    out += ch ?? "&";
    i = ch === undefined ? amp + 1 : amp + 2 + semi;
  }
  return out + s.slice(i);
}

/** No space, control character, DEL, other whitespace or U+FFFD (left by invalid UTF-8). */
function cleanText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20 || c === 0x7f || c === 0xfffd) return false;
  }
  return !/\s/.test(text);
}

/** "http" in base64: every http(s) URL's encoding starts so (both alphabets agree on these digits). */
const BASE64_HTTP = "aHR0c";

/**
 * The http(s) URL that `value` holds as base64 (either alphabet, padded or not, "=" possibly escaped
 * as %3D), or undefined. Only a clean absolute URL counts: no spaces, control characters or invalid
 * UTF-8, a scheme of http or https and a host, so a token that merely decodes to something is never
 * taken for a destination. Some senders base64 a percent-encoded URL (ActiveCampaign's redirectUrl=);
 * that is decoded once more.
 */
export function base64HttpUrl(value: string): string | undefined {
  const s = percentDecode(value);
  if (!s.startsWith(BASE64_HTTP)) return undefined;
  const bytes = base64Bytes(s);
  if (!bytes) return undefined;
  let text = utf8(bytes);
  if (/^https?%3a%2f%2f/i.test(text)) text = percentDecode(text);
  if (!/^https?:\/\/[^/?#\\]/i.test(text) || !cleanText(text)) return undefined;
  try {
    const url = new URL(text);
    if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
    const host = url.hostname.endsWith(".") ? url.hostname.slice(0, -1) : url.hostname;
    // One dotted name or an IP literal: "http://localhost" or "http://a..b" is no destination.
    if (!host.startsWith("[") && (!host.includes(".") || host.startsWith(".") || host.includes("..")))
      return undefined;
  } catch {
    return undefined;
  }
  return text;
}
