import { HASH_BASE, HASH_MASK, hashOf } from "./deletionHash";
import { HashFilter } from "./hashFilter";

/**
 * A quick test that rules most names out before the typo check's deletion-neighbourhood lookups.
 *
 * If s is one insertion, deletion, substitution or swap of neighbours away from a name T of length m,
 * the change touches at most positions p and p+1 of T. When p ≥ a, s starts with T's first a letters;
 * when p < a, s ends with T's last m-a-1 letters. Choosing a = ⌊(m-2)/2⌋ splits T about evenly, and
 * since s has m-1, m or m+1 letters, a name s needs at most six hashed probes. Hand-written: no
 * library offers this pigeonhole filter, and it is twenty lines.
 */
const MIN_NAME_LENGTH = 3;

function prefixLength(m: number): number {
  return (m - 2) >> 1;
}

function suffixLength(m: number): number {
  return m - prefixLength(m) - 1;
}

/** One key per (text hash, name length, which end): collisions only let a name through. */
function key(hash: number, length: number, end: number): number {
  return ((hash & HASH_MASK) ^ Math.imul((length << 1) | end, 0x9e3779b1)) & HASH_MASK;
}

export class NearScreen {
  private readonly filter: HashFilter;
  private readonly shortest: number;

  constructor(names: readonly string[]) {
    this.filter = new HashFilter(2 * names.length);
    let shortest = Infinity;
    for (const name of names) {
      const m = name.length;
      if (m < MIN_NAME_LENGTH) continue;
      shortest = Math.min(shortest, m);
      this.filter.add(key(hashOf(name.slice(0, prefixLength(m))), m, 0));
      this.filter.add(key(hashOf(name.slice(m - suffixLength(m))), m, 1));
    }
    this.shortest = shortest;
  }

  /** False when s is certainly not within one edit or swap of any name; true means "look closer". */
  mayBeNear(s: string): boolean {
    const n = s.length;
    const low = Math.max(this.shortest, n - 1);
    // Prefixes grow with m, so one pass left to right hashes all of them.
    let h = 0;
    let length = 0;
    for (let m = low; m <= n + 1; m++) {
      const a = prefixLength(m);
      while (length < a) h = (Math.imul(h, HASH_BASE) + s.charCodeAt(length++)) | 0;
      if (this.filter.has(key(h, m, 0))) return true;
    }
    // Suffixes too, hashed right to left: the hash of s[j..] extends that of s[j+1..].
    h = 0;
    length = 0;
    let power = 1;
    for (let m = low; m <= n + 1; m++) {
      const b = suffixLength(m);
      if (b > n) return false;
      while (length < b) {
        h = (h + Math.imul(s.charCodeAt(n - 1 - length++), power)) | 0;
        power = Math.imul(power, HASH_BASE);
      }
      if (this.filter.has(key(h, m, 1))) return true;
    }
    return false;
  }
}
