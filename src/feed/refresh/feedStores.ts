/**
 * Where the last-known-good feed lives: IndexedDB (idb-keyval) wherever there is one, which the pane
 * and the commands page share when served from one origin (copied to OfficeRuntime.storage where that
 * exists too); else OfficeRuntime.storage (classic Outlook's JS-only commands runtime has no
 * IndexedDB), else localStorage; else memory, so the bundled feed is refreshed per session at least.
 */
import { createStore, get, set } from "idb-keyval";
import type { FeedStore, StoredFeed } from "./lastGoodFeed";

const KEY = "last-good";
const TEXT_KEY = "campaignguard-feed-last-good";

/** OfficeRuntime.storage (asynchronous) and localStorage (synchronous) both fit this. */
export interface TextStorage {
  getItem(key: string): Promise<string | null> | string | null;
  setItem(key: string, value: string): Promise<void> | void;
}

/** The globals the choice depends on; the real global object in the add-in, fakes in tests. */
export interface StorageScope {
  indexedDB?: unknown;
  OfficeRuntime?: { storage?: TextStorage };
  localStorage?: TextStorage;
}

export function indexedDbFeedStore(dbName = "campaignguard-feed", storeName = "feed"): FeedStore {
  const store = createStore(dbName, storeName);
  return { get: () => get<StoredFeed>(KEY, store), set: (value) => set(KEY, value, store) };
}

/** The feed as one JSON string under one key (both fallbacks hold strings only). */
export function textFeedStore(storage: TextStorage): FeedStore {
  return {
    get: async () => {
      const text = await storage.getItem(TEXT_KEY);
      return text === null ? undefined : (JSON.parse(text) as StoredFeed);
    },
    set: async (value) => {
      await storage.setItem(TEXT_KEY, JSON.stringify(value));
    },
  };
}

export function memoryFeedStore(): FeedStore {
  let value: StoredFeed | undefined;
  return {
    get: async () => value,
    set: async (next) => {
      value = next;
    },
  };
}

/** Reading `localStorage` throws where storage is blocked (sandboxed frames, some privacy settings). */
function localStorageOf(scope: StorageScope): TextStorage | undefined {
  try {
    return scope.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Also written to `copy`, read from it only when `main` has nothing: a pane with IndexedDB leaves the
 * feed where classic Outlook's commands runtime (OfficeRuntime.storage only) can read it.
 */
function mirroredFeedStore(main: FeedStore, copy: FeedStore): FeedStore {
  return {
    get: async () => (await main.get().catch(() => undefined)) ?? copy.get(),
    set: async (value) => {
      // OfficeRuntime.storage holds 10 MB: a bigger feed is in IndexedDB only.
      await Promise.all([main.set(value), copy.set(value).catch(() => undefined)]);
    },
  };
}

export function defaultFeedStore(scope: StorageScope = globalThis as StorageScope): FeedStore {
  const office = scope.OfficeRuntime?.storage;
  if (typeof scope.indexedDB !== "undefined")
    return office ? mirroredFeedStore(indexedDbFeedStore(), textFeedStore(office)) : indexedDbFeedStore();
  const storage = office ?? localStorageOf(scope);
  return storage ? textFeedStore(storage) : memoryFeedStore();
}
