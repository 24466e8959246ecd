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

export interface DomainLists {
  protected: ProtectedDomain[];
  spoofs: SpoofEntry[];
  allow: AllowEntry[];
}
