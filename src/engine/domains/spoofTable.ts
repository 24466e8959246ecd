import { mix } from "./hashFilter";

/**
 * Values by host name in an open-addressing table over the index's own string hash (deletionHash's
 * hashOf), which the caller has already computed. Built from a 100,000-entry feed it costs two typed
 * arrays and two plain arrays, where a Map would hash and store every key again; and a lookup of the
 * end of a string needs no slice. Hand-written: no package takes precomputed hashes.
 */
export class SpoofTable<T> {
  /** Entry number + 1 per slot, 0 when empty; at most half full, so probes stay short. */
  private readonly slots: Int32Array;
  private readonly hashes: Int32Array;
  private readonly mask: number;
  private readonly keys: string[] = [];
  private readonly values: T[] = [];

  constructor(expected: number) {
    let size = 16;
    while (size < expected * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(size);
    this.mask = size - 1;
  }

  get size(): number {
    return this.keys.length;
  }

  /** Adds or, for a key already there, replaces (the later entry wins, as with Map.set). */
  set(key: string, hash: number, value: T): void {
    for (let i = mix(hash) & this.mask; ; i = (i + 1) & this.mask) {
      const n = this.slots[i];
      if (n === 0) {
        this.keys.push(key);
        this.values.push(value);
        this.slots[i] = this.keys.length;
        this.hashes[i] = hash;
        return;
      }
      if (this.hashes[i] === hash && this.keys[n - 1] === key) {
        this.values[n - 1] = value;
        return;
      }
    }
  }

  /** The value whose key is `s` from `start` on, whose hash is `hash`. */
  getEnd(s: string, start: number, hash: number): T | undefined {
    const length = s.length - start;
    for (let i = mix(hash) & this.mask; ; i = (i + 1) & this.mask) {
      const n = this.slots[i];
      if (n === 0) return undefined;
      if (this.hashes[i] === hash) {
        const key = this.keys[n - 1];
        if (key.length === length && s.endsWith(key)) return this.values[n - 1];
      }
    }
  }
}
