import { COMMON_WORDS } from "./data/commonWords";
import { deletionHashes, HASH_BASE, HASH_MASK, hashOf } from "./deletionHash";
import { hasOneAdjacentSwap, isEditDistanceAtMostOne } from "./editDistance";
import { HashFilter } from "./hashFilter";
import { checkIdn } from "./idn";
import {
  spoofListOf,
  type DomainLists,
  type ProtectedDomain,
  type SpoofEntry,
  type SpoofList,
} from "./lists";
import { NearScreen } from "./nearScreen";
import { normalizeHost, plainHostname, type NormalizedHost } from "./normalize";
import type { DomainSubject } from "./subject";
import { sequenceVariants, skeleton } from "./skeleton";
import { SpoofTable } from "./spoofTable";

/** A protected domain taken apart once, when the index is built. */
export interface ProtectedTarget {
  entry: ProtectedDomain;
  /** Registrable domain, ASCII ("senate.gov"). */
  domain: string;
  /** Its registrable label ("senate") and public suffix ("gov"). */
  label: string;
  suffix: string;
  labelSkeleton: string;
  /**
   * The label skeleton and its other spellings with look-alike letter sequences the skeleton does
   * not fold (d as cl: skeleton/sequences.ts), primary first. Each is a key of the skeleton index.
   */
  labelSkeletons: readonly string[];
  /** Skeleton of the public suffix, and how many labels it has ("co.uk": 2). */
  suffixSkeleton: string;
  suffixLabels: number;
  /** A common English word ("house", "office", "live"): weak evidence on its own. */
  common: boolean;
}

/** Edit distance is only meaningful for names this long (Chromium's kMinLengthForEditDistance). */
export const MIN_TYPO_LENGTH = 5;
/** Shorter brand names ("iri", "ndi") count as a token only next to a lure word. */
export const MIN_BRAND_TOKEN_LENGTH = 5;

/**
 * Hash-map lookups over the feed and configured domains, so a check costs the same with 20 or
 * 100,000 entries: no technique scans the protected list per query.
 */
export interface DomainIndex {
  /** The documented spoof entry for this host or one of its parent domains. */
  knownSpoof(host: NormalizedHost): SpoofEntry | undefined;
  /** The protected entry whose registrable domain this is. */
  protectedEntry(registrable: string): ProtectedDomain | undefined;
  /** True when the registrable domain is protected, the organisation's, or a listed legitimate sibling. */
  isTrusted(registrable: string): boolean;
  /**
   * Protected targets by label, by label skeleton, by dotless domain. A caller that has
   * `hashOf(key)` already passes it, and saves hashing the key again.
   */
  byLabel(label: string, hash?: number): readonly ProtectedTarget[];
  byLabelSkeleton(labelSkeleton: string, hash?: number): readonly ProtectedTarget[];
  byDotless(text: string, hash?: number): readonly ProtectedTarget[];
  /**
   * False when no label or token of the domain, nor its skeleton, is a protected name or a protected
   * domain without its dot: then the techniques that look those up would find nothing.
   */
  mentionsProtectedName(subject: DomainSubject): boolean;
  /**
   * Candidates within one edit of a skeleton (deletion neighbourhood); callers verify the distance.
   * Targets whose skeleton is the very same may or may not be among them.
   */
  typoCandidates(labelSkeleton: string, hash?: number): readonly ProtectedTarget[];
  readonly targets: readonly ProtectedTarget[];
  readonly size: { protected: number; spoofs: number; allow: number };
}

const NONE: readonly ProtectedTarget[] = [];

/** Targets by key, behind a hash filter so most misses never touch the Map. */
class MultiMap<K extends string | number> {
  private readonly map = new Map<K, ProtectedTarget[]>();
  private readonly filter: HashFilter;
  constructor(expected: number) {
    this.filter = new HashFilter(expected);
  }
  private static hash(key: string | number): number {
    return typeof key === "number" ? key : hashOf(key);
  }
  add(key: K, target: ProtectedTarget): void {
    this.filter.add(MultiMap.hash(key));
    const list = this.map.get(key);
    if (!list) this.map.set(key, [target]);
    else if (!list.includes(target)) list.push(target);
  }
  get(key: K, hash = MultiMap.hash(key)): readonly ProtectedTarget[] {
    if (!this.filter.has(hash)) return NONE;
    return this.map.get(key) ?? NONE;
  }
}

/** One reusable buffer for deletion hashes: the index is used by one check at a time. */
class HashBuffer {
  hashes = new Int32Array(64);
  reserve(length: number): Int32Array {
    if (this.hashes.length < length) this.hashes = new Int32Array(2 * length);
    return this.hashes;
  }
}

function oneSlipApart(a: string, b: string): boolean {
  return isEditDistanceAtMostOne(a, b) || hasOneAdjacentSwap(a, b);
}

/** A spoof's lookup key; a plain host name is its own, without the suffix lookup normalizeHost adds. */
function keyOf(domain: string): string | undefined {
  return plainHostname(domain) ?? normalizeHost(domain)?.host;
}

function targetOf(entry: ProtectedDomain): ProtectedTarget | undefined {
  const h = normalizeHost(entry.domain);
  if (!h || h.isIp || h.registrable === h.publicSuffix) return undefined;
  const domain = h.registrable;
  const label = domain.slice(0, domain.length - h.publicSuffix.length - 1);
  if (label === "" || label.includes(".")) return undefined;
  // An international protected name ("fóó.com") is compared by what it displays, not its punycode.
  const shown = checkIdn(domain).unicode.split(".")[0];
  const labelSkeleton = skeleton(shown);
  return {
    entry,
    domain,
    label,
    suffix: h.publicSuffix,
    labelSkeleton,
    labelSkeletons: [labelSkeleton, ...sequenceVariants(labelSkeleton)],
    suffixSkeleton: skeleton(h.publicSuffix),
    suffixLabels: h.publicSuffix.split(".").length,
    common: COMMON_WORDS.has(label),
  };
}

export function buildDomainIndex(
  lists: DomainLists,
  organizationDomains: readonly string[] = [],
): DomainIndex {
  const spoofList: SpoofList = "domainAt" in lists.spoofs ? lists.spoofs : spoofListOf(lists.spoofs);
  const spoofs = new SpoofTable(spoofList);
  const spoofFilter = new HashFilter(spoofList.length);
  for (let i = 0; i < spoofList.length; i++) {
    const key = keyOf(spoofList.domainAt(i));
    if (key) {
      const hash = hashOf(key);
      spoofs.set(i, key, hash);
      spoofFilter.add(hash);
    }
  }

  const domains = new Map<string, ProtectedTarget>();
  for (const entry of lists.protected) {
    const target = targetOf(entry);
    if (target && !domains.has(target.domain)) domains.set(target.domain, target);
  }
  const targets = [...domains.values()];
  const n = targets.length;
  const byLabel = new MultiMap<string>(n);
  const byLabelSkeleton = new MultiMap<string>(2 * n);
  const byDotless = new MultiMap<string>(n);
  // Keyed by hash: the skeleton itself and every string one deletion away from it.
  const byDeletion = new MultiMap<number>(n * 12);
  const deletions = new HashBuffer();
  // Every key of byLabel, byLabelSkeleton and byDotless, in one filter.
  const names = new HashFilter(4 * n);
  for (const t of targets) {
    const dotless = t.domain.split(".").join("");
    byLabel.add(t.label, t);
    for (const s of t.labelSkeletons) byLabelSkeleton.add(s, t);
    byDotless.add(dotless, t);
    for (const key of [t.label, ...t.labelSkeletons, dotless]) names.add(hashOf(key));
    if (t.labelSkeleton.length >= MIN_TYPO_LENGTH) {
      byDeletion.add(hashOf(t.labelSkeleton), t);
      const count = deletionHashes(t.labelSkeleton, deletions.reserve(t.labelSkeleton.length));
      for (let i = 0; i < count; i++) byDeletion.add(deletions.hashes[i], t);
    }
  }

  const nearScreen = new NearScreen(
    targets.filter((t) => t.labelSkeleton.length >= MIN_TYPO_LENGTH).map((t) => t.labelSkeleton),
  );

  /** Targets sharing s or one of its deletions in the deletion index: unverified candidates. */
  function deletionNeighbours(s: string, hash: number): readonly ProtectedTarget[] {
    let found: ProtectedTarget[] | undefined;
    const count = deletionHashes(s, deletions.reserve(s.length));
    const hashes = deletions.hashes;
    for (let i = -1; i < count; i++) {
      const list = byDeletion.get(i < 0 ? hash : hashes[i]);
      if (list === NONE) continue;
      found ??= [];
      for (const t of list) if (!found.includes(t)) found.push(t);
    }
    return found ?? NONE;
  }

  // Protected names with another protected name one slip away ("senate" if "senator" were protected).
  const crowdedNames = new Set(
    targets.filter((t) => {
      const name = t.labelSkeleton;
      if (name.length < MIN_TYPO_LENGTH - 1) return false;
      return deletionNeighbours(name, hashOf(name)).some(
        (other) => other.labelSkeleton !== name && oneSlipApart(name, other.labelSkeleton),
      );
    }),
  );

  const trusted = new Set<string>(domains.keys());
  for (const domain of [...lists.allow.map((a) => a.domain), ...organizationDomains]) {
    const h = normalizeHost(domain);
    if (h) trusted.add(h.registrable);
  }

  return {
    knownSpoof(host) {
      // The host and each parent domain down to the registrable one, hashed right to left (the hash
      // of s[j..] extends that of s[j+1..]) so a miss costs no slicing and no Map lookup. The
      // longest listed name wins: the most specific entry.
      const s = host.host;
      const shortest = host.isIp ? s.length : host.registrable.length;
      let hit: SpoofEntry | undefined;
      let h = 0;
      let power = 1;
      for (let j = s.length - 1; j >= 0; j--) {
        h = (h + Math.imul(s.charCodeAt(j), power)) | 0;
        power = Math.imul(power, HASH_BASE);
        const startsLabel = j === 0 || s.charCodeAt(j - 1) === 46;
        if (startsLabel && s.length - j >= shortest && spoofFilter.has(h & HASH_MASK)) {
          hit = spoofs.getEnd(s, j, h & HASH_MASK) ?? hit;
        }
      }
      return hit;
    },
    protectedEntry: (registrable) => domains.get(registrable)?.entry,
    isTrusted: (registrable) => trusted.has(registrable),
    byLabel: (label, hash) => byLabel.get(label, hash),
    byLabelSkeleton: (s, hash) => byLabelSkeleton.get(s, hash),
    byDotless: (text, hash) => byDotless.get(text, hash),
    mentionsProtectedName(subject) {
      if (subject.labelSkeletons.length > 1 || names.has(subject.labelHash)) return true;
      for (const h of subject.labelSkeletonHashAt) if (names.has(h)) return true;
      for (const t of subject.tokens) if (names.has(t.hash) || names.has(t.skeletonHash)) return true;
      return false;
    },
    typoCandidates(s, hash = hashOf(s)) {
      if (s.length < MIN_TYPO_LENGTH - 1 || !nearScreen.mayBeNear(s)) return NONE;
      // A protected name itself ("senate" in login-senate) with no other protected name one slip away.
      const same = byLabelSkeleton.get(s, hash);
      if (same.length > 0 && same.every((t) => !crowdedNames.has(t))) return NONE;
      return deletionNeighbours(s, hash);
    },
    targets,
    size: { protected: domains.size, spoofs: spoofs.size, allow: trusted.size - domains.size },
  };
}
