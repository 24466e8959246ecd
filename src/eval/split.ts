/**
 * The fixed rule that splits every evaluation corpus into a tuning half and a checking half: the
 * FNV-1a 32-bit hash of a message's name (a file's basename; for the SpamAssassin corpus its original
 * file name, `<id>.<md5>`) — even is tuning, odd is checking. The rule must never change: a figure
 * measured on the checking half only means something if nobody tuned on those messages.
 */

export const HALVES = ["tuning", "checking"] as const;
export type Half = (typeof HALVES)[number];

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a, 32 bits, over the UTF-8 bytes of `text`. */
export function fnv1a32(text: string): number {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, FNV_PRIME) >>> 0;
  }
  return hash >>> 0;
}

/** Which half a message belongs to, from its name alone. */
export function halfOf(name: string): Half {
  return fnv1a32(name) % 2 === 0 ? "tuning" : "checking";
}
