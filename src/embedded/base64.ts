/** Base64 → bytes for attachment content and `data:` pictures: white space is skipped, size is capped. */

function sextet(c: number): number {
  if (c >= 65 && c <= 90) return c - 65;
  if (c >= 97 && c <= 122) return c - 71;
  if (c >= 48 && c <= 57) return c + 4;
  if (c === 43 || c === 45) return 62; // + -
  if (c === 47 || c === 95) return 63; // / _
  return -1;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12;

/**
 * The bytes of standard or URL-safe base64 (padded or not, white space anywhere), or undefined when
 * the text is not base64 or would decode to more than `maxBytes`.
 */
export function base64ToBytes(text: string, maxBytes: number): Uint8Array | undefined {
  if (typeof text !== "string") return undefined;
  if (Math.floor((text.length * 3) / 4) > maxBytes * 1.5 + 16) return undefined; // far too long even with white space
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let n = 0;
  let padding = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    if (c === 61) {
      padding = true; // "=": only padding (and white space) may follow
      continue;
    }
    const v = sextet(c);
    if (v < 0 || padding) return undefined;
    acc = ((acc << 6) | v) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      if (n >= maxBytes) return undefined;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}
