import type { DomainLists, ProtectedDomain, SpoofEntry } from "./lists";
import { hostAndParents, normalizeHost, type NormalizedHost } from "./normalize";

/** Hash-map lookups over the feed and configured domains; never a scan per query. */
export interface DomainIndex {
  /** The documented spoof entry for this host or one of its parent domains. */
  knownSpoof(host: NormalizedHost): SpoofEntry | undefined;
  /** The protected entry whose registrable domain this is. */
  protectedEntry(registrable: string): ProtectedDomain | undefined;
  /** True when the registrable domain belongs to the organisation or a listed legitimate owner. */
  isTrusted(registrable: string): boolean;
  readonly size: { protected: number; spoofs: number; allow: number };
}

function keyOf(domain: string): string | undefined {
  return normalizeHost(domain)?.host;
}

export function buildDomainIndex(
  lists: DomainLists,
  organizationDomains: readonly string[] = [],
): DomainIndex {
  const spoofs = new Map<string, SpoofEntry>();
  for (const entry of lists.spoofs) {
    const key = keyOf(entry.domain);
    if (key) spoofs.set(key, entry);
  }
  const protectedByDomain = new Map<string, ProtectedDomain>();
  for (const entry of lists.protected) {
    const key = keyOf(entry.domain);
    if (key) protectedByDomain.set(key, entry);
  }
  const trusted = new Set<string>();
  for (const domain of [...lists.allow.map((a) => a.domain), ...organizationDomains]) {
    const h = normalizeHost(domain);
    if (h) trusted.add(h.registrable);
  }
  return {
    knownSpoof(host) {
      for (const candidate of hostAndParents(host)) {
        const hit = spoofs.get(candidate);
        if (hit) return hit;
      }
      return undefined;
    },
    protectedEntry: (registrable) => protectedByDomain.get(registrable),
    isTrusted: (registrable) => trusted.has(registrable),
    size: { protected: protectedByDomain.size, spoofs: spoofs.size, allow: trusted.size },
  };
}
