/**
 * UTF-8 and base64, hand-written once for every part: classic Outlook's JavaScript-only runtime (where
 * the Report button's code runs) may lack TextEncoder, TextDecoder, atob and btoa, and the engine must
 * take malformed input without throwing. Results match TextEncoder/TextDecoder (non-fatal).
 */

/** UTF-8 bytes of a string; lone surrogates become U+FFFD, as with TextEncoder. */
export function utf8Encode(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

/**
 * Decodes UTF-8, replacing each maximal invalid subsequence with U+FFFD (the WHATWG decoder's
 * behaviour, so results match TextDecoder's non-fatal mode).
 */
export function utf8Decode(bytes: ArrayLike<number>): string {
  let out = "";
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b0 = bytes[i];
    if (b0 < 0x80) {
      out += String.fromCharCode(b0);
      i++;
      continue;
    }
    let need = 0;
    let cp = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (b0 >= 0xc2 && b0 <= 0xdf) {
      need = 1;
      cp = b0 & 0x1f;
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
      need = 2;
      cp = b0 & 0x0f;
      if (b0 === 0xe0) lower = 0xa0;
      if (b0 === 0xed) upper = 0x9f;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      need = 3;
      cp = b0 & 0x07;
      if (b0 === 0xf0) lower = 0x90;
      if (b0 === 0xf4) upper = 0x8f;
    } else {
      out += "\ufffd";
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      const b = j < n ? bytes[j] : -1;
      if (b < lower || b > upper) {
        ok = false;
        break;
      }
      lower = 0x80;
      upper = 0xbf;
      cp = (cp << 6) | (b & 0x3f);
    }
    if (!ok) {
      out += "\ufffd";
      i = j; // resume at the byte that broke the sequence
      continue;
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out += String.fromCharCode(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else {
      out += String.fromCharCode(cp);
    }
    i = j;
  }
  return out;
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Base64 (with padding) of bytes. */
export function bytesToBase64(bytes: ArrayLike<number>): string {
  let out = "";
  const n = bytes.length;
  let i = 0;
  for (; i + 2 < n; i += 3) {
    const v = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += ALPHABET[v >> 18] + ALPHABET[(v >> 12) & 63] + ALPHABET[(v >> 6) & 63] + ALPHABET[v & 63];
  }
  if (n - i === 1) {
    const v = bytes[i] << 16;
    out += `${ALPHABET[v >> 18]}${ALPHABET[(v >> 12) & 63]}==`;
  } else if (n - i === 2) {
    const v = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += `${ALPHABET[v >> 18]}${ALPHABET[(v >> 12) & 63]}${ALPHABET[(v >> 6) & 63]}=`;
  }
  return out;
}

/** Base64 of a string's UTF-8 bytes. */
export function utf8ToBase64(text: string): string {
  return bytesToBase64(utf8Encode(text));
}

/** Value of a base64 digit in either alphabet (standard "+/" or URL-safe "-_"), or -1. */
function sextet(c: number): number {
  if (c >= 65 && c <= 90) return c - 65; // A-Z
  if (c >= 97 && c <= 122) return c - 71; // a-z
  if (c >= 48 && c <= 57) return c + 4; // 0-9
  if (c === 43 || c === 45) return 62; // + -
  if (c === 47 || c === 95) return 63; // / _
  return -1;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12;

export interface Base64Options {
  /** Stop (undefined) past this many bytes. Default: no cap. */
  maxBytes?: number;
  /** Skip white space anywhere, as MIME bodies and `data:` URLs wrap it. Default: refuse it. */
  whiteSpace?: boolean;
}

/**
 * The bytes of standard or URL-safe base64, padded or not, or undefined when the text is not base64
 * (a stray character, data after "=", a lone final digit) or exceeds `maxBytes`.
 */
export function base64ToBytes(text: string, options: Base64Options = {}): Uint8Array | undefined {
  if (typeof text !== "string") return undefined;
  const maxBytes = options.maxBytes ?? Infinity;
  // Far too long even if most of it were white space: refused before allocating.
  if (Math.floor((text.length * 3) / 4) > maxBytes * 1.5 + 16) return undefined;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let n = 0;
  let digits = 0;
  let padding = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (options.whiteSpace && isSpace(c)) continue;
    if (c === 61) {
      padding = true; // "=": only padding (and white space) may follow
      continue;
    }
    const v = sextet(c);
    if (v < 0 || padding) return undefined;
    digits++;
    acc = ((acc << 6) | v) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      if (n >= maxBytes) return undefined;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return digits % 4 === 1 ? undefined : out.subarray(0, n);
}
