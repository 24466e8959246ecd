/**
 * Where the last-known-good feed lives: IndexedDB (idb-keyval) wherever there is one, which the pane
 * and the commands page share when served from one origin; else memory, so the bundled feed is
 * refreshed per session at least.
 */
import { createStore, get, set } from "idb-keyval";
import type { FeedStore, StoredFeed } from "./lastGoodFeed";

const KEY = "last-good";

export function indexedDbFeedStore(dbName = "campaignguard-feed", storeName = "feed"): FeedStore {
  const store = createStore(dbName, storeName);
  return { get: () => get<StoredFeed>(KEY, store), set: (value) => set(KEY, value, store) };
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

export function defaultFeedStore(): FeedStore {
  return typeof indexedDB === "undefined" ? memoryFeedStore() : indexedDbFeedStore();
}
