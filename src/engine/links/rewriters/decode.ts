/**
 * Decoders for wrapped targets. Hand-written rather than atob, TextDecoder or decodeURIComponent:
 * classic Outlook's JS-only runtime may lack the first two, decodeURIComponent throws on a bad
 * escape, and every decoder here must take malformed input without throwing.
 */
import { base64ToBytes, utf8Decode } from "../../text/encoding";

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
      out += utf8Decode(bytes);
      bytes.length = 0;
    }
    out += s[i];
  }
  return bytes.length > 0 ? out + utf8Decode(bytes) : out;
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
  const bytes = base64ToBytes(s);
  if (!bytes) return undefined;
  let text = utf8Decode(bytes);
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
