/**
 * Links in a PDF attachment, read from its bytes without rendering it: the addresses of link actions
 * (`/URI (…)`), in plain objects and in compressed object streams, and the QR codes of its images
 * (JPEG images, and uncompressed or Flate-compressed grey, RGB or CMYK samples, with or without PNG
 * predictors). Loaded lazily. Encrypted PDFs are not read; neither are QR codes drawn as vector
 * shapes, which only a renderer could see. Every loop is bounded by the limits and the deadline.
 */
import { decodeGray, checkSize, type GrayImage } from "./image";
import { inflateBounded } from "./inflate";
import type { EmbeddedLimits } from "./limits";
import { MAX_HREF_LENGTH, pdfLink, qrLink } from "./payload";
import { readQr } from "./qr";
import { isPdf } from "./sniff";

/** What a scan may still spend, shared by every image and PDF of one message. */
export interface Budget {
  /** The clock, and the time after which nothing more is decoded. */
  now: () => number;
  deadline: number;
  /** Images that may still be decoded. */
  images: number;
}

export interface PdfLinks {
  /** Link-action addresses, in file order, each once. */
  uris: string[];
  /** Links decoded from QR codes in the PDF's images. */
  qr: string[];
}

/** Bytes → a string with one character per byte (Latin-1), so string offsets are byte offsets. */
export function latin1(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let at = 0; at < bytes.length; at += 8192) {
    parts.push(String.fromCharCode.apply(null, bytes.subarray(at, at + 8192) as unknown as number[]));
  }
  return parts.join("");
}

// ---------------------------------------------------------------------------------------------
// Strings
// ---------------------------------------------------------------------------------------------

const ESCAPES: Record<string, string> = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f" };

/** A literal string `( … )` starting after its "(": nested parentheses, escapes, octal codes. */
function literalString(text: string, start: number): string | undefined {
  let depth = 1;
  let out = "";
  const stop = Math.min(text.length, start + MAX_HREF_LENGTH * 4);
  for (let i = start; i < stop; i++) {
    const c = text[i];
    if (c === "\\") {
      const next = text[++i];
      if (next === undefined) return undefined;
      if (next in ESCAPES) out += ESCAPES[next];
      else if (next >= "0" && next <= "7") {
        let octal = next;
        while (octal.length < 3 && text[i + 1] >= "0" && text[i + 1] <= "7") octal += text[++i];
        out += String.fromCharCode(parseInt(octal, 8) & 0xff);
      } else if (next === "\r") {
        if (text[i + 1] === "\n") i++;
      } else if (next !== "\n") out += next;
      continue;
    }
    if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return out;
    out += c;
  }
  return undefined;
}

/** A hexadecimal string `< … >` starting after its "<". */
function hexString(text: string, start: number): string | undefined {
  const end = text.indexOf(">", start);
  if (end < 0 || end - start > MAX_HREF_LENGTH * 4) return undefined;
  const hex = text.slice(start, end).replace(/\s+/g, "");
  if (!/^[0-9a-f]*$/i.test(hex)) return undefined;
  let out = "";
  for (let i = 0; i < hex.length; i += 2)
    out += String.fromCharCode(parseInt(hex.slice(i, i + 2).padEnd(2, "0"), 16));
  return out;
}

/** PDF text strings are PDFDocEncoding (Latin-1 for addresses) or UTF-16BE after a byte-order mark. */
function textString(raw: string): string {
  if (raw.charCodeAt(0) !== 0xfe || raw.charCodeAt(1) !== 0xff) return raw;
  let out = "";
  for (let i = 2; i + 1 < raw.length; i += 2)
    out += String.fromCharCode((raw.charCodeAt(i) << 8) | raw.charCodeAt(i + 1));
  return out;
}

/** The addresses of every `/URI` entry in `text` whose value is a string. */
function uriValues(text: string, found: Set<string>, max: number): void {
  const pattern = /\/URI\s*([(<])/g;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text)) !== null && found.size < max) {
    const start = m.index + m[0].length;
    if (m[1] === "<" && text[start] === "<") continue; // a dictionary, not a string
    const raw = m[1] === "(" ? literalString(text, start) : hexString(text, start);
    const href = raw === undefined ? undefined : pdfLink(textString(raw));
    if (href !== undefined) found.add(href);
  }
}

// ---------------------------------------------------------------------------------------------
// Streams
// ---------------------------------------------------------------------------------------------

interface Stream {
  dict: string;
  data: Uint8Array;
}

function number(dict: string, key: string): number | undefined {
  const m = new RegExp(`/${key}\\s+(\\d+)(\\s+\\d+\\s+R)?`).exec(dict);
  return m && !m[2] ? Number(m[1]) : undefined;
}

function filters(dict: string): string[] {
  const m = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dict);
  if (!m) return [];
  return (m[1].match(/\/[A-Za-z0-9]+/g) ?? []).map((f) => f.slice(1));
}

/** Each `stream … endstream` with the dictionary before it, skipping over the data (never searched). */
function* streams(text: string, bytes: Uint8Array, max: number): Generator<Stream> {
  const keyword = /stream(\r\n|\n|\r)/g;
  let count = 0;
  let m: RegExpExecArray | null;
  while (count < max && (m = keyword.exec(text)) !== null) {
    if (text.slice(Math.max(0, m.index - 3), m.index) === "end") continue;
    const objAt = text.lastIndexOf("obj", m.index);
    const dict = text.slice(Math.max(objAt + 3, m.index - 8192, 0), m.index);
    const start = m.index + m[0].length;
    let end = -1;
    const length = number(dict, "Length");
    if (
      length !== undefined &&
      start + length <= text.length &&
      /^\s*endstream/.test(text.slice(start + length, start + length + 16))
    )
      end = start + length;
    if (end < 0) {
      const endAt = text.indexOf("endstream", start);
      end = endAt < 0 ? text.length : endAt;
      if (text[end - 1] === "\n") end--;
      if (text[end - 1] === "\r") end--;
    }
    count++;
    keyword.lastIndex = Math.max(end, start);
    yield { dict, data: bytes.subarray(start, Math.max(start, end)) };
  }
}

// ---------------------------------------------------------------------------------------------
// Images
// ---------------------------------------------------------------------------------------------

/** Reverses the PNG predictors (Predictor ≥ 10) of Flate-compressed samples. */
function unpredict(data: Uint8Array, rowBytes: number, pixelBytes: number, rows: number): Uint8Array {
  const out = new Uint8Array(rowBytes * rows);
  for (let y = 0; y < rows; y++) {
    const filter = data[y * (rowBytes + 1)];
    const row = data.subarray(y * (rowBytes + 1) + 1, (y + 1) * (rowBytes + 1));
    const o = y * rowBytes;
    for (let x = 0; x < rowBytes; x++) {
      const left = x >= pixelBytes ? out[o + x - pixelBytes] : 0;
      const up = y > 0 ? out[o - rowBytes + x] : 0;
      const upLeft = y > 0 && x >= pixelBytes ? out[o - rowBytes + x - pixelBytes] : 0;
      let predicted = 0;
      if (filter === 1) predicted = left;
      else if (filter === 2) predicted = up;
      else if (filter === 3) predicted = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left);
        const pb = Math.abs(p - up);
        const pc = Math.abs(p - upLeft);
        predicted = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      out[o + x] = ((row[x] ?? 0) + predicted) & 0xff;
    }
  }
  return out;
}

const COLOR_SPACES: Record<string, number> = {
  DeviceGray: 1,
  CalGray: 1,
  DeviceRGB: 3,
  CalRGB: 3,
  DeviceCMYK: 4,
};

/** Grey levels of raw image samples: 1, 3 (RGB) or 4 (CMYK) channels of 1–16 bits, stretched to full contrast. */
function samplesGray(
  samples: Uint8Array,
  width: number,
  height: number,
  channels: number,
  bits: number,
): GrayImage {
  const rowBytes = Math.ceil((width * channels * bits) / 8);
  const max = bits === 16 ? 65535 : (1 << bits) - 1;
  const sample = (y: number, i: number): number => {
    if (bits === 8) return samples[y * rowBytes + i] ?? 0;
    if (bits === 16) return samples[y * rowBytes + 2 * i] ?? 0;
    const bit = i * bits;
    const v = ((samples[y * rowBytes + (bit >> 3)] ?? 0) >> (8 - bits - (bit & 7))) & max;
    return (v * 255) / max;
  };
  const out = new Uint8Array(width * height);
  let lo = 255;
  let hi = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = x * channels;
      let v: number;
      if (channels === 1) v = sample(y, i);
      else if (channels === 3)
        v = (sample(y, i) * 299 + sample(y, i + 1) * 587 + sample(y, i + 2) * 114) / 1000;
      else
        v =
          255 -
          Math.min(
            255,
            (sample(y, i) * 30 + sample(y, i + 1) * 59 + sample(y, i + 2) * 11) / 100 + sample(y, i + 3),
          );
      out[y * width + x] = v;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  // Indexed images hold palette numbers (0 and 1 for a two-colour QR code): spread them to black and white.
  if (hi > lo && (lo > 0 || hi < 255))
    for (let p = 0; p < out.length; p++) out[p] = ((out[p] - lo) * 255) / (hi - lo);
  return { width, height, data: out };
}

/** Channels of an image's colour space; guessed from the data's length when it is indirect or indexed. */
function channelsOf(
  dict: string,
  width: number,
  height: number,
  bits: number,
  length: number,
): number | undefined {
  if (/\/ImageMask\s+true/.test(dict)) return 1;
  const named = /\/ColorSpace\s*\/([A-Za-z]+)/.exec(dict);
  if (named && COLOR_SPACES[named[1]]) return COLOR_SPACES[named[1]];
  if (/\/ColorSpace\s*\[\s*\/Indexed/.test(dict)) return 1;
  return [1, 3, 4].find((c) => Math.ceil((width * c * bits) / 8) * height === length);
}

function imageGray(stream: Stream, limits: EmbeddedLimits): GrayImage | undefined {
  const { dict, data } = stream;
  const names = filters(dict);
  if (names.length === 1 && (names[0] === "DCTDecode" || names[0] === "DCT"))
    return decodeGray(data, "jpeg", limits);
  const flate = names.length === 1 && (names[0] === "FlateDecode" || names[0] === "Fl");
  if (names.length > (flate ? 1 : 0)) return undefined;
  const width = number(dict, "Width");
  const height = number(dict, "Height");
  const mask = /\/ImageMask\s+true/.test(dict);
  const bits = mask ? 1 : (number(dict, "BitsPerComponent") ?? 8);
  if (width === undefined || height === undefined || ![1, 2, 4, 8, 16].includes(bits)) return undefined;
  checkSize(width, height, limits);
  const predictor = number(dict, "Predictor") ?? 1;
  if (predictor !== 1 && predictor < 10) return undefined; // TIFF predictor: not worth it here
  const colors = number(dict, "Colors") ?? undefined;
  const guessLength = (c: number) =>
    Math.ceil((width * c * bits) / 8) * height + (predictor >= 10 ? height : 0);
  let samples = data;
  if (flate) {
    const bound = Math.min(limits.maxInflatedBytes, guessLength(4));
    const inflated = inflateBounded(data, bound);
    if (inflated.over) return undefined;
    samples = inflated.bytes;
  }
  let channels =
    colors ?? channelsOf(dict, width, height, bits, samples.length - (predictor >= 10 ? height : 0));
  if (channels === undefined) channels = 1;
  if (predictor >= 10) {
    const rowBytes = Math.ceil((width * channels * bits) / 8);
    samples = unpredict(samples, rowBytes, Math.max(1, Math.ceil((channels * bits) / 8)), height);
  }
  return samplesGray(samples, width, height, channels, bits);
}

// ---------------------------------------------------------------------------------------------
// The PDF
// ---------------------------------------------------------------------------------------------

/**
 * The links of one PDF. Never throws for bad input inside a stream (that stream is skipped); throws
 * only when the file is not a PDF at all.
 */
export function readPdf(bytes: Uint8Array, limits: EmbeddedLimits, budget: Budget): PdfLinks {
  if (!isPdf(bytes)) throw new Error("not a PDF");
  const text = latin1(bytes);
  // Strings and streams of an encrypted PDF are ciphertext: what they say cannot be read here.
  if (/\/Encrypt[\s<\d]/.test(text)) return { uris: [], qr: [] };
  const uris = new Set<string>();
  const qr = new Set<string>();
  uriValues(text, uris, limits.maxLinks);
  let inflatedTotal = 0;
  for (const stream of streams(text, bytes, limits.maxPdfStreams)) {
    if (budget.now() > budget.deadline || uris.size >= limits.maxLinks) break;
    try {
      const names = filters(stream.dict);
      if (/\/Type\s*\/ObjStm/.test(stream.dict)) {
        if (names.length !== 1 || (names[0] !== "FlateDecode" && names[0] !== "Fl")) continue;
        const left = limits.maxPdfInflatedBytes - inflatedTotal;
        const inflated = inflateBounded(stream.data, Math.min(limits.maxInflatedBytes, left));
        inflatedTotal += inflated.total;
        if (!inflated.over) uriValues(latin1(inflated.bytes), uris, limits.maxLinks);
        if (inflatedTotal >= limits.maxPdfInflatedBytes) break;
      } else if (/\/Subtype\s*\/Image/.test(stream.dict) && budget.images > 0) {
        budget.images--;
        const image = imageGray(stream, limits);
        const payload = image ? readQr(image, limits.maxScanSide) : undefined;
        const href = payload === undefined ? undefined : qrLink(payload);
        if (href !== undefined) qr.add(href);
      }
    } catch {
      // A damaged stream is skipped; the rest of the file is still read.
    }
  }
  return { uris: [...uris], qr: [...qr] };
}
