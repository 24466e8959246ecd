/**
 * A one-hash Bloom filter over 32-bit hashes: a bit test that rules out most misses before a Map
 * lookup, which on a large map costs a cache miss. Hand-written; it is a dozen lines and no npm
 * package takes precomputed hashes. False positives only cost the Map lookup they would have made.
 */
export class HashFilter {
  private readonly bits: Uint32Array;
  private readonly mask: number;

  /** Sized for about 1% false positives at `expected` keys. */
  constructor(expected: number) {
    let size = 1 << 16;
    while (size < expected * 100 && size < 1 << 28) size *= 2;
    this.bits = new Uint32Array(size >>> 5);
    this.mask = size - 1;
  }

  add(hash: number): void {
    const bit = this.spread(hash);
    this.bits[bit >>> 5] |= 1 << (bit & 31);
  }

  has(hash: number): boolean {
    const bit = this.spread(hash);
    return (this.bits[bit >>> 5] & (1 << (bit & 31))) !== 0;
  }

  /** Mixes the high bits in, since polynomial hashes of similar strings differ mostly there. */
  private spread(hash: number): number {
    return (hash ^ (hash >>> 15) ^ Math.imul(hash >>> 7, 0x2c1b3c6d)) & this.mask;
  }
}
