/**
 * Base64 without btoa, Buffer or TextEncoder, which classic Outlook's JavaScript-only runtime may
 * lack (the Report button's code runs there).
 */
import { utf8Encode } from "./utf8";

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
