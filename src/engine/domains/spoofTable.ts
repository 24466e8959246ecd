import { mix } from "./hashFilter";
import type { SpoofList } from "./lists";

/**
 * Entries of a list by host name in an open-addressing table over the index's own string hash
 * (deletionHash's hashOf), which the caller has already computed. Each slot holds an entry's number
 * in the caller's list and the key's hash, in one typed array: built from a 100,000-entry feed it
 * writes no JavaScript array or Map (which cost three times the build, growing arrays and hashing
 * every key again), and a lookup of the end of a string needs no slice. An entry's key is its own
 * domain unless `set` was given another. Hand-written: no package takes precomputed hashes.
 */
export class SpoofTable<T> {
  /** Per slot: entry number + 1 (0 when empty), then the key's hash; at most half full. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Keys that are not their entry's `domain` (one normalised on the way in), by entry number. */
  private readonly otherKeys = new Map<number, string>();
  private count = 0;

  /** `entries` is read again on every hit, so it must not change while the table is in use. */
  constructor(private readonly entries: SpoofList<T>) {
    let size = 16;
    while (size < entries.length * 2) size *= 2;
    this.slots = new Int32Array(2 * size);
    this.mask = size - 1;
  }

  get size(): number {
    return this.count;
  }

  private keyOf(n: number): string {
    return (this.otherKeys.size > 0 && this.otherKeys.get(n)) || this.entries.domainAt(n);
  }

  /** Files entries[index] under `key`; for a key already there, the later entry wins, as with Map.set. */
  set(index: number, key: string, hash: number): void {
    if (key !== this.entries.domainAt(index)) this.otherKeys.set(index, key);
    for (let i = mix(hash) & this.mask; ; i = (i + 1) & this.mask) {
      const n = this.slots[2 * i];
      if (n === 0) {
        this.slots[2 * i] = index + 1;
        this.slots[2 * i + 1] = hash;
        this.count++;
        return;
      }
      if (this.slots[2 * i + 1] === hash && this.keyOf(n - 1) === key) {
        this.slots[2 * i] = index + 1;
        return;
      }
    }
  }

  /** The entry whose key is `s` from `start` on, whose hash is `hash`. */
  getEnd(s: string, start: number, hash: number): T | undefined {
    const length = s.length - start;
    for (let i = mix(hash) & this.mask; ; i = (i + 1) & this.mask) {
      const n = this.slots[2 * i];
      if (n === 0) return undefined;
      if (this.slots[2 * i + 1] === hash) {
        const key = this.keyOf(n - 1);
        if (key.length === length && s.endsWith(key)) return this.entries.entryAt(n - 1);
      }
    }
  }
}
