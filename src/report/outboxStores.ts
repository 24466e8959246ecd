/**
 * Where the outbox lives: IndexedDB (idb-keyval) wherever there is one — the pane, and the commands
 * page in Outlook on the web, the new Outlook and Mac, which share it when served from one origin —
 * else OfficeRuntime.storage (classic Outlook's JavaScript-only runtime), else memory.
 */
import { createStore, del, get, promisifyRequest, values, type UseStore } from "idb-keyval";
import type { OutboxEntry, OutboxStore } from "./outbox";

export const DB_NAME = "campaignguard-outbox";
export const STORE_NAME = "reports";

export function indexedDbStore(dbName = DB_NAME, storeName = STORE_NAME): OutboxStore {
  const store: UseStore = createStore(dbName, storeName);
  return {
    get: (key) => get<OutboxEntry>(key, store),
    // One readwrite transaction: the read and the write are atomic across tabs and frames.
    update: (key, updater) =>
      store("readwrite", (objectStore) => {
        const request = objectStore.get(key);
        request.onsuccess = () => {
          const next = updater(request.result as OutboxEntry | undefined);
          if (next === undefined) objectStore.delete(key);
          else objectStore.put(next, key);
        };
        return promisifyRequest(objectStore.transaction);
      }),
    del: (key) => del(key, store),
    values: () => values<OutboxEntry>(store),
  };
}

/** The subset of OfficeRuntime.storage used here. */
export interface RuntimeStorage {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
  removeItem(key: string): Promise<void>;
  getKeys(): Promise<string[]>;
}

const PREFIX = "campaignguard-outbox:";

/**
 * OfficeRuntime.storage: one JSON value per report. Its update is not atomic, which is acceptable
 * where it is used: the JavaScript-only runtime runs one Report command at a time.
 */
export function runtimeStorageStore(storage: RuntimeStorage): OutboxStore {
  const read = async (key: string): Promise<OutboxEntry | undefined> => {
    const raw = await storage.getItem(PREFIX + key);
    if (!raw) return undefined;
    try {
      return JSON.parse(raw) as OutboxEntry;
    } catch {
      return undefined;
    }
  };
  return {
    get: read,
    async update(key, updater) {
      const next = updater(await read(key));
      if (next === undefined) await storage.removeItem(PREFIX + key);
      else await storage.setItem(PREFIX + key, JSON.stringify(next));
    },
    del: (key) => storage.removeItem(PREFIX + key),
    async values() {
      const keys = (await storage.getKeys()).filter((k) => k.startsWith(PREFIX));
      const entries = await Promise.all(keys.map((k) => read(k.slice(PREFIX.length))));
      return entries.filter((e): e is OutboxEntry => e !== undefined);
    },
  };
}

/** In memory only: for tests, and the last resort where nothing durable exists. */
export function memoryStore(): OutboxStore & { durable: false } {
  const map = new Map<string, OutboxEntry>();
  const copy = (e: OutboxEntry | undefined) =>
    e ? (JSON.parse(JSON.stringify(e)) as OutboxEntry) : undefined;
  return {
    durable: false,
    get: async (key) => copy(map.get(key)),
    async update(key, updater) {
      const next = updater(copy(map.get(key)));
      if (next === undefined) map.delete(key);
      else map.set(key, copy(next) as OutboxEntry);
    },
    del: async (key) => void map.delete(key),
    values: async () => [...map.values()].map((e) => copy(e) as OutboxEntry),
  };
}

let shared: OutboxStore | undefined;

/** The best store this runtime has (one per runtime). */
export function defaultOutboxStore(): OutboxStore {
  if (shared) return shared;
  const root = globalThis as { indexedDB?: unknown; OfficeRuntime?: { storage?: RuntimeStorage } };
  if (typeof root.indexedDB === "object" && root.indexedDB !== null) shared = indexedDbStore();
  else if (root.OfficeRuntime?.storage) shared = runtimeStorageStore(root.OfficeRuntime.storage);
  else shared = memoryStore();
  return shared;
}
