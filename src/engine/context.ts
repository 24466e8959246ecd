import { buildDomainIndex, type DomainIndex } from "./domains/domainIndex";
import type { DomainLists, ProtectedDomain } from "./domains/lists";
import { addressDomain } from "./domains/normalize";
import { namePatterns, type NamePattern } from "./facts/organisationNames";
import type { Language } from "./words/language";

/** What the engine needs from the admin configuration. */
export interface EngineSettings {
  organizationDomains: string[];
  /** Extra domains to protect, on top of the feed's. */
  protectedDomains: string[];
  /** Names of people whose names phishers borrow (campaign manager, candidate). */
  vipNames: string[];
  /** authserv-ids whose Authentication-Results are the organisation's own, besides the topmost. */
  authservIds: string[];
  /** The language findings are written in. */
  language: Language;
}

/** Everything `analyze()` reads besides the message; build it once per configuration and feed. */
export interface Context {
  domains: DomainIndex;
  settings: EngineSettings;
  /** Registrable domains of `settings.organizationDomains`. */
  organization: ReadonlySet<string>;
  /** Organisation and brand names a sender's name can claim. */
  namePatterns: readonly NamePattern[];
  now: Date;
}

export const DEFAULT_SETTINGS: EngineSettings = {
  organizationDomains: [],
  protectedDomains: [],
  vipNames: [],
  authservIds: [],
  language: "en",
};

/** Combines the domain lists (from the feed) with the admin's settings into one lookup context. */
export function createContext(lists: DomainLists, settings: EngineSettings, now = new Date()): Context {
  const extra: ProtectedDomain[] = [
    ...settings.organizationDomains.map((domain) => ({ domain, name: domain, category: "organization" })),
    ...settings.protectedDomains.map((domain) => ({ domain, name: domain, category: "configured" })),
  ];
  const merged: DomainLists = { ...lists, protected: [...lists.protected, ...extra] };
  const domains = buildDomainIndex(merged, settings.organizationDomains);
  const organization = new Set(
    settings.organizationDomains.flatMap((d) => addressDomain(`x@${d}`)?.registrable ?? []),
  );
  return { domains, settings, organization, namePatterns: namePatterns(domains), now };
}
