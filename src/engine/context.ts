import { buildDomainIndex, type DomainIndex } from "./domains/domainIndex";
import type { DomainLists, ProtectedDomain } from "./domains/lists";

/** What the engine needs from the admin configuration. */
export interface EngineSettings {
  organizationDomains: string[];
  /** Extra domains to protect, on top of the feed's. */
  protectedDomains: string[];
  /** Names of people whose names phishers borrow (campaign manager, candidate). */
  vipNames: string[];
  /** authserv-ids whose Authentication-Results are the organisation's own, besides the topmost. */
  authservIds: string[];
}

export interface Context {
  domains: DomainIndex;
  settings: EngineSettings;
  now: Date;
}

export const DEFAULT_SETTINGS: EngineSettings = {
  organizationDomains: [],
  protectedDomains: [],
  vipNames: [],
  authservIds: [],
};

/** Combines the domain lists (from the feed) with the admin's settings into one lookup context. */
export function createContext(lists: DomainLists, settings: EngineSettings, now = new Date()): Context {
  const extra: ProtectedDomain[] = [
    ...settings.organizationDomains.map((domain) => ({ domain, name: domain, category: "organization" })),
    ...settings.protectedDomains.map((domain) => ({ domain, name: domain, category: "configured" })),
  ];
  const merged: DomainLists = { ...lists, protected: [...lists.protected, ...extra] };
  return { domains: buildDomainIndex(merged, settings.organizationDomains), settings, now };
}
