import { Inflate, Unzlib } from "fflate";

/** Input is fed in slices this large, so one step can inflate to at most about 1,000 times as much. */
const SLICE = 16 * 1024;

export interface Inflated {
  /** What came out (empty when not kept), at most `max` bytes. */
  bytes: Uint8Array;
  /** Bytes that came out, counted up to the first slice past `max`. */
  total: number;
  /** More than `max` bytes would have come out: the rest was not inflated. */
  over: boolean;
  /** The data was damaged or cut short; `bytes` holds what came out before that. */
  damaged: boolean;
}

/** A zlib header (RFC 1950): deflate, a window size deflate allows, and the check bits right. */
function isZlib(data: Uint8Array): boolean {
  return (
    data.length >= 2 && (data[0] & 0x0f) === 8 && data[0] >> 4 <= 7 && ((data[0] << 8) | data[1]) % 31 === 0
  );
}

/**
 * Inflates zlib data (raw deflate when there is no zlib header), stopping as soon as more than `max`
 * bytes came out, so a small "deflate bomb" costs at most `max` plus one slice of work and memory.
 * Never throws. With `keep: false` only counts (a size check before a decoder inflates again).
 */
export function inflateBounded(data: Uint8Array, max: number, keep = true): Inflated {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  let damaged = false;
  const take = (chunk: Uint8Array) => {
    if (over) return;
    total += chunk.length;
    if (total > max) {
      over = true;
      return;
    }
    if (keep && chunk.length > 0) chunks.push(chunk);
  };
  try {
    const stream = isZlib(data) ? new Unzlib(take) : new Inflate(take);
    for (let at = 0; at < data.length && !over; at += SLICE) {
      const end = Math.min(data.length, at + SLICE);
      stream.push(data.subarray(at, end), end === data.length);
    }
    if (data.length === 0) damaged = true;
  } catch {
    damaged = true;
  }
  const bytes = new Uint8Array(over ? 0 : chunks.reduce((n, c) => n + c.length, 0));
  if (!over) {
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.length;
    }
  }
  return { bytes, total, over, damaged };
}
