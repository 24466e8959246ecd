import { defaultFeedStore, type StorageScope, type TextStorage } from "./feedStores";
import type { StoredFeed } from "./lastGoodFeed";

const FEED: StoredFeed = {
  text: '{"format":1}',
  signature: "c2ln",
  etag: '"v42"',
  version: 42,
  issued: "2026-06-14T00:00:00Z",
  fetchedAt: "2026-06-15T00:00:00Z",
  checkedAt: "2026-06-15T00:00:00Z",
  url: "https://feeds.example.org/feed.json",
};

interface FakeRequest {
  result?: unknown;
  onsuccess?: () => void;
  oncomplete?: () => void;
}

/** Just enough IndexedDB for idb-keyval's get and set: requests that succeed a moment later. */
function fakeIndexedDb() {
  const data = new Map<string, unknown>();
  const later = (request: FakeRequest, result?: unknown): FakeRequest => {
    queueMicrotask(() => {
      request.result = result;
      request.onsuccess?.();
      request.oncomplete?.();
    });
    return request;
  };
  const transaction = () => {
    const tx: FakeRequest & { objectStore?: () => unknown } = {};
    const store = {
      transaction: tx,
      get: (key: string) => later({}, data.get(key)),
      put: (value: unknown, key: string) => {
        data.set(key, value);
        later(tx);
        return later({}, key);
      },
    };
    tx.objectStore = () => store;
    return tx;
  };
  return { data, open: () => later({}, { transaction }) };
}

/** OfficeRuntime.storage answers with promises; localStorage at once. */
function fakeStorage(async: boolean): TextStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => (async ? Promise.resolve(data.get(key) ?? null) : (data.get(key) ?? null)),
    setItem: (key, value) => {
      data.set(key, value);
      return async ? Promise.resolve() : undefined;
    },
  };
}

async function roundTrip(scope: StorageScope) {
  const store = defaultFeedStore(scope);
  expect(await store.get()).toBeUndefined();
  await store.set(FEED);
  expect(await store.get()).toEqual(FEED);
}

describe("where the last good feed is kept", () => {
  const office = () => fakeStorage(true);
  const local = () => fakeStorage(false);

  it("IndexedDB wherever there is one, copied to OfficeRuntime.storage", async () => {
    const indexedDB = fakeIndexedDb();
    const officeStorage = office();
    const global = globalThis as { indexedDB?: unknown };
    global.indexedDB = indexedDB;
    try {
      await roundTrip({ indexedDB, OfficeRuntime: { storage: officeStorage }, localStorage: local() });
    } finally {
      delete global.indexedDB;
    }
    expect([...indexedDB.data.values()]).toEqual([FEED]);
    // A copy for classic Outlook's commands runtime, which has OfficeRuntime.storage only.
    expect([...officeStorage.data.values()].map((text) => JSON.parse(text))).toEqual([FEED]);
  });

  it("IndexedDB alone, when there is no OfficeRuntime.storage beside it", async () => {
    const indexedDB = fakeIndexedDb();
    const localStorage = local();
    const global = globalThis as { indexedDB?: unknown };
    global.indexedDB = indexedDB;
    try {
      await roundTrip({ indexedDB, localStorage });
    } finally {
      delete global.indexedDB;
    }
    expect(indexedDB.data.size).toBe(1);
    expect(localStorage.data.size).toBe(0);
  });

  it("else OfficeRuntime.storage (classic Outlook's commands runtime), as JSON text", async () => {
    const officeStorage = office();
    const localStorage = local();
    await roundTrip({ OfficeRuntime: { storage: officeStorage }, localStorage });
    expect([...officeStorage.data.values()].map((text) => JSON.parse(text))).toEqual([FEED]);
    expect(localStorage.data.size).toBe(0);
  });

  it("else localStorage", async () => {
    const localStorage = local();
    await roundTrip({ OfficeRuntime: {}, localStorage });
    expect(localStorage.data.size).toBe(1);
  });

  it("else memory, also where reading localStorage throws", async () => {
    await roundTrip({});
    const blocked = Object.defineProperty({}, "localStorage", {
      get() {
        throw new Error("SecurityError");
      },
    });
    await roundTrip(blocked);
  });
});
