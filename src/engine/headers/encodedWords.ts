/**
 * RFC 2047 encoded words (`=?charset?B|Q?text?=`), decoded the lenient way mail clients show them
 * and MHA decodes them: wherever they stand (quoted strings and addr-specs included), glued to other
 * text, with spaces inside Q text. NUL, CR and LF that decoding produces are kept: rules flag them.
 * One left-to-right scan; every search for a word's end is cached, so hostile input stays linear.
 */

export interface DecodedPart {
  text: string;
  /** The text came out of one or more encoded words. */
  encoded: boolean;
}

/** Long enough for any charset label plus an RFC 2231 language ("iso-8859-1*en-us"). */
const MAX_CHARSET_LENGTH = 64;

/** Charset labels a TextDecoder was tried for; bounded, since labels come from the message. */
const MAX_CACHED_CHARSETS = 256;
const decoders = new Map<string, TextDecoder | null>();

/**
 * A decoder, or null where the runtime has none for the label: classic Outlook's JavaScript-only
 * runtime may offer UTF-8 only, and a throw at module load would stop the whole commands bundle.
 * ignoreBOM keeps a U+FEFF from the message visible instead of silently dropping it.
 */
function optionalDecoder(label: string, fatal: boolean): TextDecoder | null {
  try {
    return new TextDecoder(label, { fatal, ignoreBOM: true });
  } catch {
    return null;
  }
}

const UTF8_STRICT = optionalDecoder("utf-8", true);
const WINDOWS_1252 = optionalDecoder("windows-1252", false);

/** Bytes as Latin-1 code points: Windows-1252 without its 0x80–0x9F punctuation, when no decoder exists. */
function latin1(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 4096) {
    out += String.fromCharCode(...bytes.subarray(i, i + 4096));
  }
  return out;
}
const UTF8_ENCODER = new TextEncoder();

const BASE64 = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) {
  BASE64["ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".charCodeAt(i)] = i;
}

interface EncodedWord {
  /** Index just past the closing `?=`. */
  end: number;
  charset: string;
}

/** A growable byte buffer, one per call: 100k encoded words must not mean 100k allocations. */
class ByteBuffer {
  bytes = new Uint8Array(256);
  length = 0;

  reserve(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.length + extra, this.bytes.length * 2));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
}

/** `text.indexOf(needle, from)` for non-decreasing `from`, each stretch of text searched once. */
function cachedIndexOf(text: string, needle: string): (from: number) => number {
  let found = -1;
  let searchedFrom = Infinity;
  return (from) => {
    if (from < searchedFrom || (found >= 0 && found < from)) {
      found = text.indexOf(needle, from);
      searchedFrom = from;
    }
    return found;
  };
}

/**
 * Strict base64 (MHA leaves a word with bad padding or characters undecoded); padding may be left
 * out. Appends to `out`; false, with `out` possibly holding partial bytes, when invalid.
 */
function base64Into(data: string, out: ByteBuffer): boolean {
  let end = data.length;
  // Stops at three: more is invalid anyway, and a long run of "=" must not be rescanned per word.
  while (end > 0 && data.length - end < 3 && data.charCodeAt(end - 1) === 61) end--;
  const padding = data.length - end;
  if (padding > 2 || (padding > 0 && data.length % 4 !== 0) || end % 4 === 1) return false;
  out.reserve(Math.ceil((end * 3) / 4));
  const bytes = out.bytes;
  let bits = 0;
  let acc = 0;
  for (let i = 0; i < end; i++) {
    const c = data.charCodeAt(i);
    const v = c < 128 ? BASE64[c] : -1;
    if (v < 0) return false;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[out.length++] = (acc >> bits) & 0xff;
    }
  }
  return true;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const lower = c | 0x20;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

/** Q: `_` is a space, `=XX` a byte; anything else stands for itself (non-ASCII as its UTF-8 bytes). */
function qInto(data: string, out: ByteBuffer): void {
  out.reserve(data.length * 3);
  const bytes = out.bytes;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c === 61) {
      const high = hexValue(data.charCodeAt(i + 1));
      const low = hexValue(data.charCodeAt(i + 2));
      if (high >= 0 && low >= 0) {
        bytes[out.length++] = high * 16 + low;
        i += 2;
        continue;
      }
    }
    if (c === 95) {
      bytes[out.length++] = 32;
    } else if (c < 128) {
      bytes[out.length++] = c;
    } else {
      const cp = data.codePointAt(i) ?? c;
      const encoded = UTF8_ENCODER.encode(String.fromCodePoint(cp));
      bytes.set(encoded, out.length);
      out.length += encoded.length;
      if (cp > 0xffff) i++;
    }
  }
}

function tryDecoder(label: string): TextDecoder | null {
  // Only label-shaped strings reach the constructor: a failed one throws, which costs microseconds.
  if (label === "" || label.length > 40 || !/^[a-z0-9._:-]+$/.test(label)) return null;
  try {
    return new TextDecoder(label, { ignoreBOM: true });
  } catch {
    return null;
  }
}

/**
 * The decoder for a label, also for MHA's lenient spellings ("UTF 8", "utf_8"); null when unknown.
 * Repeated labels are free; each new unknown one costs a failed constructor (the worst case, a block
 * of distinct made-up labels, stays linear at about half a second per megabyte).
 */
function decoderFor(charset: string): TextDecoder | null {
  const cached = decoders.get(charset);
  if (cached !== undefined) return cached;
  const respelled = charset.replace(/[\s_]+/g, "-");
  const decoder = tryDecoder(charset) ?? (respelled !== charset ? tryDecoder(respelled) : null);
  if (decoders.size < MAX_CACHED_CHARSETS) decoders.set(charset, decoder);
  return decoder;
}

/** Bytes in their charset; for an unknown one, UTF-8 when the bytes are valid UTF-8, else Windows-1252. */
function decodeBytes(bytes: Uint8Array, charset: string): string {
  const decoder = decoderFor(charset);
  if (decoder) return decoder.decode(bytes);
  try {
    if (UTF8_STRICT) return UTF8_STRICT.decode(bytes);
  } catch {
    // not UTF-8: fall through to the single-byte reading
  }
  return WINDOWS_1252 ? WINDOWS_1252.decode(bytes) : latin1(bytes);
}

function isLinearWhitespace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 10) return false;
  }
  return true;
}

/** One scan over a text: cached searches, and the last charset label with its normalised form. */
interface Scan {
  text: string;
  closeAfter: (from: number) => number;
  crAfter: (from: number) => number;
  lfAfter: (from: number) => number;
  label: string;
  charset: string;
}

/** Reads the encoded word at `start`, appending its bytes to `out`; undefined when there is none. */
function readWord(scan: Scan, start: number, out: ByteBuffer): EncodedWord | undefined {
  const { text } = scan;
  const charsetStart = start + 2;
  const limit = Math.min(text.length, charsetStart + MAX_CHARSET_LENGTH);
  let q = charsetStart;
  for (; q < limit; q++) {
    const c = text.charCodeAt(q);
    if (c === 63) break;
    if (c === 13 || c === 10) return undefined;
  }
  if (q === charsetStart || q >= limit) return undefined;
  const encoding = text.charCodeAt(q + 1) | 0x20;
  if ((encoding !== 98 && encoding !== 113) || text.charCodeAt(q + 2) !== 63) return undefined;
  const dataStart = q + 3;
  const close = scan.closeAfter(dataStart);
  if (close < 0) return undefined;
  const cr = scan.crAfter(dataStart);
  const lf = scan.lfAfter(dataStart);
  if ((cr >= 0 && cr < close) || (lf >= 0 && lf < close)) return undefined;
  const data = text.slice(dataStart, close);
  if (encoding === 98) {
    if (!base64Into(data, out)) return undefined;
  } else {
    qInto(data, out);
  }
  const label = text.slice(charsetStart, q);
  if (label !== scan.label) {
    // RFC 2231 §5 lets a language follow the charset: "utf-8*en".
    const star = label.indexOf("*");
    scan.label = label;
    scan.charset = (star >= 0 ? label.slice(0, star) : label).trim().toLowerCase();
  }
  return { end: close + 2, charset: scan.charset };
}

/**
 * Splits text into literal and decoded parts. Adjacent encoded words (separated by nothing or only
 * white space, which is dropped per RFC 2047 §6.2) in the same charset are decoded as one byte run, so a
 * multi-byte character split across words survives. A word that does not decode stays literal.
 */
export function decodeEncodedWordParts(text: string): DecodedPart[] {
  if (typeof text !== "string") return [];
  if (!text.includes("=?")) return text === "" ? [] : [{ text, encoded: false }];
  const parts: DecodedPart[] = [];
  const scan: Scan = {
    text,
    closeAfter: cachedIndexOf(text, "?="),
    crAfter: cachedIndexOf(text, "\r"),
    lfAfter: cachedIndexOf(text, "\n"),
    label: "",
    charset: "",
  };
  const buffer = new ByteBuffer();
  let literalStart = 0;
  // The run of adjacent words being collected: its charset and where its bytes start in `buffer`.
  let runCharset: string | undefined;
  let runStart = 0;
  const flush = (end: number) => {
    if (runCharset === undefined) return;
    const bytes = buffer.bytes.subarray(runStart, end);
    parts.push({ text: decodeBytes(bytes, runCharset), encoded: true });
    runCharset = undefined;
  };
  for (let start = text.indexOf("=?"); start >= 0; start = text.indexOf("=?", start + 1)) {
    const mark = buffer.length;
    const word = readWord(scan, start, buffer);
    if (!word) {
      buffer.length = mark;
      continue;
    }
    const between = text.slice(literalStart, start);
    const joinsRun = runCharset !== undefined && isLinearWhitespace(between);
    if (!joinsRun || runCharset !== word.charset) {
      flush(mark);
      if (!joinsRun && between !== "") parts.push({ text: between, encoded: false });
      runCharset = word.charset;
      runStart = mark;
    }
    literalStart = word.end;
    start = word.end - 1;
  }
  flush(buffer.length);
  if (literalStart < text.length) parts.push({ text: text.slice(literalStart), encoded: false });
  return parts;
}

/** The text with every encoded word decoded. */
export function decodeEncodedWords(text: string): string {
  if (typeof text !== "string") return "";
  if (!text.includes("=?")) return text;
  let out = "";
  for (const part of decodeEncodedWordParts(text)) out += part.text;
  return out;
}
