/**
 * Numeric keys for the deletion-neighbourhood index: the hash of a string and of every string one
 * deletion away, computed from prefix hashes without building those strings. Hand-written because
 * the typo check runs for every domain seen and string allocation dominated its cost. Collisions
 * only add candidates; callers verify the edit distance on the real strings.
 */

/** The polynomial base: the hash is Σ s[i]·BASE^(n-1-i) modulo 2^32, cut to `HASH_MASK`. */
export const HASH_BASE = 131;
/**
 * Hashes keep 30 bits: V8 stores such integers unboxed (as "small integers"), so passing one to a
 * function or a Map allocates nothing, where a full 32-bit value would be boxed on the heap.
 */
export const HASH_MASK = 0x3fffffff;
const BASE = HASH_BASE;
let prefix = new Int32Array(64);
let power = new Int32Array(64);

/** Polynomial hash of a whole string. */
export function hashOf(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, BASE) + s.charCodeAt(i)) | 0;
  return h & HASH_MASK;
}

/**
 * Writes the hash of each distinct deletion of s into `out`, which must hold s.length values, and
 * returns how many there are. Deleting either letter of a doubled pair gives the same string: only
 * one is kept.
 */
export function deletionHashes(s: string, out: Int32Array): number {
  const n = s.length;
  if (prefix.length <= n) {
    prefix = new Int32Array(2 * n + 1);
    power = new Int32Array(2 * n + 1);
  }
  prefix[0] = 0;
  power[0] = 1;
  for (let i = 0; i < n; i++) {
    prefix[i + 1] = (Math.imul(prefix[i], BASE) + s.charCodeAt(i)) | 0;
    power[i + 1] = Math.imul(power[i], BASE);
  }
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0 && s.charCodeAt(i) === s.charCodeAt(i - 1)) continue;
    const tail = n - 1 - i;
    // hash(s[i+1..n)) = prefix[n] - prefix[i+1] * BASE^tail
    const suffix = (prefix[n] - Math.imul(prefix[i + 1], power[tail])) | 0;
    out[count++] = (Math.imul(prefix[i], power[tail]) + suffix) & HASH_MASK;
  }
  return count;
}
