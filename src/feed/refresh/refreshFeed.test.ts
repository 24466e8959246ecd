import { spoofEntries } from "../../engine";
import { bundledFeed } from "../bundledFeed";
import { generateKeyPair } from "../signature";
import { withExtraSpoof } from "../testing/extraSpoof";
import { GOOD_ENTRY, signText, testFeedText } from "../testing/signedFeed";
import { lastGoodFeed, refreshFeed, type FeedFetch, type FeedStore, type StoredFeed } from "./refreshFeed";

const URL_ = "https://feeds.example.org/campaignguard/feed.json";
const NOW = new Date("2026-06-15T00:00:00Z");
const BUNDLED = bundledFeed();

let key: { privateKey: string; publicKey: string };
let other: { privateKey: string; publicKey: string };
let goodText: string;
let goodSig: string;
beforeAll(async () => {
  key = await generateKeyPair();
  other = await generateKeyPair();
  goodText = testFeedText(41, new Date("2026-06-01T00:00:00Z"));
  goodSig = await signText(goodText, key.privateKey);
});

function memoryStore(initial?: StoredFeed): FeedStore & { value?: StoredFeed } {
  const store = {
    value: initial,
    get: async () => store.value,
    set: async (v: StoredFeed) => {
      store.value = v;
    },
  };
  return store;
}

type Reply = Response | "hang";
/** A feed server the test scripts: the feed's answer and the signature's, and what was asked. */
function server(feed: Reply, sig: Reply) {
  const requests: { url: string; headers: Record<string, string> }[] = [];
  const fetchFn: FeedFetch = async (url, init) => {
    requests.push({ url, headers: init.headers });
    const reply = url.endsWith(".sig") ? sig : feed;
    if (reply === "hang")
      return new Promise((_, reject) =>
        init.signal.addEventListener("abort", () => reject(new Error("aborted"))),
      );
    return reply;
  };
  return { fetchFn, requests };
}

const settings = () => ({ url: URL_, publicKeys: [key.publicKey] });

/** A store already holding version 41, the last good feed every attack must leave in place. */
function storedGood(): StoredFeed {
  return {
    text: goodText,
    signature: goodSig,
    etag: '"v41"',
    version: 41,
    issued: "2026-06-01T00:00:00Z",
    fetchedAt: "2026-06-10T00:00:00Z",
  };
}

async function attack(feed: Reply, sig: Reply, timeoutMs?: number) {
  const store = memoryStore(storedGood());
  const { fetchFn } = server(feed, sig);
  const result = await refreshFeed(fetchFn, store, settings(), BUNDLED, NOW, timeoutMs);
  // The last good feed survives, in the store and in use.
  expect(store.value).toEqual(storedGood());
  expect(result.feed.version).toBe(41);
  expect(result.origin).toBe("remote");
  return result.status;
}

describe("refreshFeed", () => {
  it("downloads, verifies and stores a newer feed, then asks with If-None-Match and keeps it on 304", async () => {
    const store = memoryStore(storedGood());
    const text = testFeedText(42, new Date("2026-06-14T00:00:00Z"));
    const first = server(
      new Response(text, { headers: { ETag: '"v42"' } }),
      new Response(await signText(text, key.privateKey)),
    );
    const result = await refreshFeed(first.fetchFn, store, settings(), BUNDLED, NOW);
    expect(result).toMatchObject({ origin: "remote", status: { kind: "current", skipped: 0 } });
    expect(result.feed.version).toBe(42);
    expect(first.requests[0].headers).toEqual({ "If-None-Match": '"v41"' });
    expect(store.value).toMatchObject({ version: 42, etag: '"v42"', text });

    const again = server(new Response(null, { status: 304 }), "hang");
    const unchanged = await refreshFeed(again.fetchFn, store, settings(), BUNDLED, NOW);
    expect(again.requests).toEqual([{ url: URL_, headers: { "If-None-Match": '"v42"' } }]);
    expect(unchanged).toMatchObject({ status: { kind: "current" }, feed: { version: 42 } });
  });

  it("uses the bundled list only, and says so, when no URL or key is configured", async () => {
    const { fetchFn, requests } = server("hang", "hang");
    const result = await refreshFeed(fetchFn, memoryStore(), { url: null, publicKeys: [] }, BUNDLED, NOW);
    expect(result).toMatchObject({ origin: "bundled", status: { kind: "bundled-only" } });
    expect(requests).toEqual([]);
  });

  it.each([
    ["no address", () => ({ url: null, publicKeys: [key.publicKey] })],
    ["no trusted key", () => ({ url: URL_, publicKeys: [] })],
  ])(
    "uses the built-in list, as the status line says, when a download is stored but %s is configured",
    async (_, unconfiguredNow) => {
      const unconfigured = unconfiguredNow();
      const store = memoryStore(storedGood());
      const { fetchFn } = server("hang", "hang");
      const result = await refreshFeed(fetchFn, store, unconfigured, BUNDLED, NOW);
      expect(result).toMatchObject({ origin: "bundled", status: { kind: "bundled-only" } });
      expect(result.feed).toBe(BUNDLED);
      // The ribbon and Report buttons too; the download stays stored for a configuration that trusts it.
      expect(await lastGoodFeed(store, BUNDLED, unconfigured)).toEqual({ feed: BUNDLED, origin: "bundled" });
      expect(await lastGoodFeed(store, BUNDLED, settings())).toMatchObject({ origin: "remote" });
    },
  );

  describe("keeps the last good feed and says why", () => {
    const newer = () => testFeedText(42, new Date("2026-06-14T00:00:00Z"));

    it("a tampered byte", async () => {
      const text = newer();
      const sig = await signText(text, key.privateKey);
      const tampered = text.replace("senate-adfs-login", "senate-adfs-logim");
      expect(await attack(new Response(tampered), new Response(sig))).toEqual({
        kind: "failed",
        problem: "mismatch",
      });
    });

    it("the wrong key", async () => {
      const text = newer();
      expect(await attack(new Response(text), new Response(await signText(text, other.privateKey)))).toEqual({
        kind: "failed",
        problem: "mismatch",
      });
    });

    it("a missing signature", async () => {
      expect(await attack(new Response(newer()), new Response("Not found", { status: 404 }))).toEqual({
        kind: "failed",
        problem: "missing-signature",
      });
    });

    it("the signature of another feed", async () => {
      expect(await attack(new Response(newer()), new Response(goodSig))).toEqual({
        kind: "failed",
        problem: "mismatch",
      });
    });

    it("a rollback to a lower version, properly signed", async () => {
      const old = testFeedText(40, new Date("2026-05-01T00:00:00Z"));
      expect(await attack(new Response(old), new Response(await signText(old, key.privateKey)))).toEqual({
        kind: "failed",
        problem: "rollback",
      });
    });

    it("a replay of an old expired feed", async () => {
      const expired = testFeedText(45, new Date("2026-01-01T00:00:00Z"));
      expect(
        await attack(new Response(expired), new Response(await signText(expired, key.privateKey))),
      ).toEqual({
        kind: "failed",
        problem: "expired",
      });
    });

    it("truncated JSON, signed as is", async () => {
      const cut = newer().slice(0, 300);
      expect(await attack(new Response(cut), new Response(await signText(cut, key.privateKey)))).toEqual({
        kind: "failed",
        problem: "not-json",
      });
    });

    it("a 50 MB response, with or without Content-Length", async () => {
      const big = new Uint8Array(50 * 1024 * 1024);
      expect(await attack(new Response(big), new Response(goodSig))).toEqual({
        kind: "failed",
        problem: "too-large",
      });
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          controller.enqueue(new Uint8Array(1024 * 1024));
        },
      });
      expect(await attack(new Response(stream), new Response(goodSig))).toEqual({
        kind: "failed",
        problem: "too-large",
      });
    });

    it("an HTML error page with status 200", async () => {
      const html = "<!doctype html><title>Error</title><h1>Service unavailable</h1>";
      expect(await attack(new Response(html), new Response(html))).toEqual({
        kind: "failed",
        problem: "malformed-signature",
      });
      expect(await attack(new Response(html), new Response(goodSig))).toEqual({
        kind: "failed",
        problem: "mismatch",
      });
    });

    it("a timeout", async () => {
      expect(await attack("hang", "hang", 50)).toEqual({ kind: "failed", problem: "timeout" });
    });

    it("a 500", async () => {
      expect(await attack(new Response("oops", { status: 500 }), "hang")).toEqual({
        kind: "failed",
        problem: "http-error",
        status: 500,
      });
    });

    it("a 304 without a stored feed to fall back on keeps the bundled list", async () => {
      const { fetchFn } = server(new Response(null, { status: 304 }), "hang");
      const result = await refreshFeed(fetchFn, memoryStore(), settings(), BUNDLED, NOW);
      expect(result).toMatchObject({
        origin: "bundled",
        status: { kind: "failed", problem: "http-error", status: 304 },
      });
    });
  });

  it("uses a feed with one bad entry without that entry, and reports it", async () => {
    const text = withExtraSpoof(testFeedText(42, new Date("2026-06-14T00:00:00Z")), {
      ...GOOD_ENTRY,
      domain: "broken.example",
      imitates: 3,
    });
    const store = memoryStore(storedGood());
    const { fetchFn } = server(new Response(text), new Response(await signText(text, key.privateKey)));
    const result = await refreshFeed(fetchFn, store, settings(), BUNDLED, NOW);
    expect(result.status).toEqual({ kind: "current", skipped: 1 });
    expect(spoofEntries(result.feed.spoofs).map((s) => s.domain)).toEqual(["senate-adfs-login.example"]);
    expect(store.value?.version).toBe(42);
    // The stored copy is read again (next pane, ribbon command) without the bad entry.
    const again = await lastGoodFeed(store, BUNDLED, settings());
    expect(again).toMatchObject({ origin: "remote", feed: { version: 42 } });
    expect(again.feed.spoofs).toHaveLength(1);
  });

  describe("asks the network at most every refreshHours", () => {
    const hourly = (hours: number) => ({ ...settings(), refreshHours: hours });
    const checkedAgo = (hours: number, url = URL_): StoredFeed => ({
      ...storedGood(),
      checkedAt: new Date(NOW.getTime() - hours * 3_600_000).toISOString(),
      url,
    });

    it("uses the stored feed without a request while its last check is recent", async () => {
      const { fetchFn, requests } = server("hang", "hang");
      const result = await refreshFeed(fetchFn, memoryStore(checkedAgo(5)), hourly(6), BUNDLED, NOW);
      expect(requests).toEqual([]);
      expect(result).toMatchObject({ origin: "remote", feed: { version: 41 }, status: { kind: "current" } });
    });

    it("asks again once the last check is older, and a 304 restarts the wait", async () => {
      const store = memoryStore(checkedAgo(6));
      const first = server(new Response(null, { status: 304 }), "hang");
      await refreshFeed(first.fetchFn, store, hourly(6), BUNDLED, NOW);
      expect(first.requests).toHaveLength(1);
      expect(store.value).toEqual({ ...storedGood(), checkedAt: NOW.toISOString(), url: URL_ });
      const soon = new Date(NOW.getTime() + 3_600_000);
      const second = server("hang", "hang");
      expect(await refreshFeed(second.fetchFn, store, hourly(6), BUNDLED, soon)).toMatchObject({
        status: { kind: "current" },
        feed: { version: 41 },
      });
      expect(second.requests).toEqual([]);
    });

    it("asks at once when the address changed or the check time is in the future", async () => {
      for (const stored of [checkedAgo(1, "https://old.example.org/feed.json"), checkedAgo(-2)]) {
        const { fetchFn, requests } = server(new Response(null, { status: 304 }), "hang");
        await refreshFeed(fetchFn, memoryStore(stored), hourly(6), BUNDLED, NOW);
        expect(requests).toHaveLength(1);
      }
    });

    it("does not count a failed check as one", async () => {
      const store = memoryStore(checkedAgo(7));
      const { fetchFn } = server(new Response("oops", { status: 500 }), "hang");
      const result = await refreshFeed(fetchFn, store, hourly(6), BUNDLED, NOW);
      expect(result.status).toMatchObject({ kind: "failed", problem: "http-error" });
      expect(store.value).toEqual(checkedAgo(7));
    });
  });

  describe("never goes below the bundled list", () => {
    const newerBundled = { ...BUNDLED, version: 50 };

    it("refuses a first download older than the bundled list, however well signed", async () => {
      const old = testFeedText(45, new Date("2026-06-14T00:00:00Z"));
      const store = memoryStore();
      const { fetchFn } = server(new Response(old), new Response(await signText(old, key.privateKey)));
      const result = await refreshFeed(fetchFn, store, settings(), newerBundled, NOW);
      expect(result).toMatchObject({ origin: "bundled", status: { kind: "failed", problem: "rollback" } });
      expect(result.feed).toBe(newerBundled);
      expect(store.value).toBeUndefined();
    });

    it("prefers a newer bundled list to an older stored download, and asks without its ETag", async () => {
      const store = memoryStore(storedGood());
      const { fetchFn, requests } = server(new Response("oops", { status: 500 }), "hang");
      const result = await refreshFeed(fetchFn, store, settings(), newerBundled, NOW);
      expect(result).toMatchObject({ origin: "bundled", feed: { version: 50 } });
      expect(requests[0].headers).toEqual({});
      expect(await lastGoodFeed(store, newerBundled, settings())).toEqual({
        feed: newerBundled,
        origin: "bundled",
      });
    });

    it("accepts a first download at or above the bundled version", async () => {
      const text = testFeedText(50, new Date("2026-06-14T00:00:00Z"));
      const store = memoryStore();
      const { fetchFn } = server(new Response(text), new Response(await signText(text, key.privateKey)));
      const result = await refreshFeed(fetchFn, store, settings(), newerBundled, NOW);
      expect(result).toMatchObject({ origin: "remote", status: { kind: "current" } });
      expect(store.value).toMatchObject({ version: 50, checkedAt: NOW.toISOString(), url: URL_ });
    });
  });

  it("falls back to the bundled feed when the store cannot be read", async () => {
    const broken: FeedStore = {
      get: () => Promise.reject(new Error("IndexedDB blocked")),
      set: () => Promise.resolve(),
    };
    const { fetchFn } = server(new Response("x", { status: 500 }), "hang");
    const result = await refreshFeed(fetchFn, broken, settings(), BUNDLED, NOW);
    expect(result).toMatchObject({ origin: "bundled", status: { kind: "failed", problem: "http-error" } });
    expect(result.feed).toBe(BUNDLED);
  });
});
