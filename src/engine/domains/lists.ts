/** The domain lists the engine works from; the feed and the admin config are mapped onto these. */

export interface ProtectedDomain {
  /** Registrable domain that look-alikes imitate, e.g. "senate.gov". */
  domain: string;
  /** Who it belongs to, for explanations ("U.S. Senate"). */
  name: string;
  category: string;
}

export interface SpoofEntry {
  /** A documented look-alike domain (host or registrable domain). */
  domain: string;
  /** What it imitates, e.g. ["senate.gov"]. */
  imitates: string[];
  technique: string;
  /** Public source URL for the case. */
  source: string;
  /** ISO date it was first reported. */
  reported: string;
}

export interface AllowEntry {
  domain: string;
  owner: string;
}

/**
 * Spoof entries by number. A feed keeps its spoofs as columns and makes an entry only when a message
 * hits it: 100,000 entry objects that no check reads would cost more than the rest of the feed.
 */
export interface SpoofList<T = SpoofEntry> {
  readonly length: number;
  domainAt(n: number): string;
  entryAt(n: number): T;
}

/** A list of entries as a SpoofList. */
export function spoofListOf<T extends { domain: string }>(entries: readonly T[]): SpoofList<T> {
  return { length: entries.length, domainAt: (n) => entries[n].domain, entryAt: (n) => entries[n] };
}

/** Every entry of a spoof list, made. */
export function spoofEntries<T>(list: readonly T[] | SpoofList<T>): T[] {
  if (!("entryAt" in list)) return [...list];
  return Array.from({ length: list.length }, (_, n) => list.entryAt(n));
}

export interface DomainLists {
  protected: ProtectedDomain[];
  spoofs: readonly SpoofEntry[] | SpoofList;
  allow: AllowEntry[];
}
