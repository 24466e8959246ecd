/**
 * PNG, JPEG and GIF bytes → a grey-level picture, with every size checked before anything large is
 * allocated: the PNG header and the inflated size of its pixel data, JPEG's resolution and memory
 * limits, the GIF screen size. Loaded lazily (see decoders.ts). Throws on anything it cannot decode;
 * the caller turns that into "not decoded".
 */
import { decode as decodePng } from "fast-png";
import decodeJpeg from "jpeg-js/lib/decoder";
import { GifReader } from "omggif";
import { inflateBounded } from "./inflate";
import type { EmbeddedLimits } from "./limits";
import type { ImageKind } from "./sniff";

/** One luminance byte per pixel, row by row; transparent pixels are shown on white, as mail is. */
export interface GrayImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Grey level of a colour, on white when partly transparent (alpha 0–255). */
function luma(r: number, g: number, b: number, a = 255): number {
  const y = (r * 299 + g * 587 + b * 114) / 1000;
  return a >= 255 ? y : (y * a + 255 * (255 - a)) / 255;
}

export function checkSize(width: number, height: number, limits: EmbeddedLimits): void {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1)
    throw new Error("no picture size");
  if (width * height > limits.maxPixels) throw new Error(`${width}×${height} is too many pixels`);
}

// ---------------------------------------------------------------------------------------------
// PNG
// ---------------------------------------------------------------------------------------------

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
const DEPTHS: Record<number, readonly number[]> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
};

const u32 = (b: Uint8Array, at: number) =>
  ((b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]) >>> 0;
const chunkType = (b: Uint8Array, at: number) => String.fromCharCode(b[at], b[at + 1], b[at + 2], b[at + 3]);

/**
 * Checks a PNG before fast-png decodes it: a sane header within the pixel limit, and pixel data that
 * inflates to no more than the header's size allows (so a compressed bomb is refused after counting
 * at most that many bytes, instead of filling memory).
 */
function checkPng(bytes: Uint8Array, limits: EmbeddedLimits): void {
  if (bytes.length < 33 || chunkType(bytes, 12) !== "IHDR") throw new Error("no PNG header");
  const width = u32(bytes, 16);
  const height = u32(bytes, 20);
  const depth = bytes[24];
  const colorType = bytes[25];
  const interlaced = bytes[28] === 1;
  checkSize(width, height, limits);
  const channels = CHANNELS[colorType];
  if (!channels || !DEPTHS[colorType].includes(depth)) throw new Error("unsupported PNG format");
  // fast-png spreads sub-byte pixels of interlaced images wrongly; such QR images are rare.
  if (interlaced && depth < 8) throw new Error("interlaced PNG with fewer than 8 bits a sample");
  const idat: Uint8Array[] = [];
  let at = 8;
  while (at + 12 <= bytes.length) {
    const length = u32(bytes, at);
    const type = chunkType(bytes, at + 4);
    if (length > bytes.length - at - 12) break;
    if (type === "IDAT") idat.push(bytes.subarray(at + 8, at + 8 + length));
    if (type === "IEND") break;
    at += 12 + length;
  }
  if (idat.length === 0) throw new Error("no PNG pixel data");
  const joined = new Uint8Array(idat.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const c of idat) {
    joined.set(c, offset);
    offset += c.length;
  }
  const rowBytes = Math.ceil((width * channels * depth) / 8);
  // Interlacing adds at most a filter byte and a partial byte per row and pass.
  const bound = height * (1 + rowBytes) + (interlaced ? 16 * height + 64 : 0);
  if (inflateBounded(joined, bound, false).over) throw new Error("PNG pixel data larger than its size");
}

function pngGray(bytes: Uint8Array, limits: EmbeddedLimits): GrayImage {
  checkPng(bytes, limits);
  const png = decodePng(bytes);
  const { width, height, depth, channels, palette } = png;
  const data = png.data;
  const out = new Uint8Array(width * height);
  if (depth === 8 && !palette) {
    // The common case, without a function call per sample.
    for (let p = 0, i = 0; p < out.length; p++, i += channels) {
      if (channels === 1) out[p] = data[i];
      else if (channels === 2) out[p] = luma(data[i], data[i], data[i], data[i + 1]);
      else if (channels === 3) out[p] = luma(data[i], data[i + 1], data[i + 2]);
      else out[p] = luma(data[i], data[i + 1], data[i + 2], data[i + 3]);
    }
    return { width, height, data: out };
  }
  const max = depth === 16 ? 65535 : (1 << depth) - 1;
  const rowSamples = width * channels;
  const rowBytes = Math.ceil((rowSamples * depth) / 8);
  // One sample scaled to 0–255 (palette indices stay as they are).
  const sample = (y: number, i: number): number => {
    if (depth === 8) return data[y * rowSamples + i];
    if (depth === 16) return data[y * rowSamples + i] >> 8;
    const bit = i * depth;
    const byte = data[y * rowBytes + (bit >> 3)] ?? 0;
    const value = (byte >> (8 - depth - (bit & 7))) & max;
    return palette ? value : Math.round((value * 255) / max);
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = x * channels;
      let v: number;
      if (palette) {
        const c = palette[sample(y, i)] ?? [0, 0, 0];
        v = luma(c[0], c[1], c[2], c.length > 3 ? c[3] : 255);
      } else if (channels === 1) v = sample(y, i);
      else if (channels === 2) v = luma(sample(y, i), sample(y, i), sample(y, i), sample(y, i + 1));
      else if (channels === 3) v = luma(sample(y, i), sample(y, i + 1), sample(y, i + 2));
      else v = luma(sample(y, i), sample(y, i + 1), sample(y, i + 2), sample(y, i + 3));
      out[y * width + x] = v;
    }
  }
  return { width, height, data: out };
}

// ---------------------------------------------------------------------------------------------
// JPEG and GIF
// ---------------------------------------------------------------------------------------------

function rgbaGray(width: number, height: number, rgba: ArrayLike<number>): GrayImage {
  const out = new Uint8Array(width * height);
  for (let p = 0, i = 0; p < out.length; p++, i += 4)
    out[p] = luma(rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3]);
  return { width, height, data: out };
}

function jpegGray(bytes: Uint8Array, limits: EmbeddedLimits): GrayImage {
  const image = decodeJpeg(bytes, {
    useTArray: true,
    formatAsRGBA: true,
    tolerantDecoding: true,
    maxResolutionInMP: limits.maxPixels / 1_000_000,
    // The RGBA result plus jpeg-js's own component buffers.
    maxMemoryUsageInMB: Math.ceil((limits.maxPixels * 8) / 1024 / 1024),
  });
  checkSize(image.width, image.height, limits);
  return rgbaGray(image.width, image.height, image.data);
}

/**
 * omggif announces a truncated stream with console.log and decodes what it has; a hostile picture must
 * not print into the CLI's output or the pane's console, so the call runs with console.log muted.
 */
function quietly(run: () => void): void {
  /* eslint-disable no-console -- muting a library's log, then restoring exactly what was there */
  const log = console.log;
  console.log = () => undefined;
  try {
    run();
  } finally {
    console.log = log;
  }
  /* eslint-enable no-console */
}

/** The first frame of a GIF (an animated QR code would be odd: the first frame is what a preview shows). */
function gifGray(bytes: Uint8Array, limits: EmbeddedLimits): GrayImage {
  const reader = new GifReader(bytes);
  const { width, height } = reader;
  checkSize(width, height, limits);
  if (reader.numFrames() < 1) throw new Error("GIF without frames");
  const rgba = new Uint8Array(width * height * 4);
  quietly(() => reader.decodeAndBlitFrameRGBA(0, rgba));
  return rgbaGray(width, height, rgba);
}

/** Decodes a picture to grey levels, or throws. */
export function decodeGray(bytes: Uint8Array, kind: ImageKind, limits: EmbeddedLimits): GrayImage {
  if (kind === "png") return pngGray(bytes, limits);
  if (kind === "jpeg") return jpegGray(bytes, limits);
  return gifGray(bytes, limits);
}
