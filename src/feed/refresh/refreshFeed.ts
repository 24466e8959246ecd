import { acceptFeed, FeedRejected, MAX_FEED_BYTES, type FeedProblem } from "../acceptFeed";
import type { Feed } from "../feedSchema";
import {
  feedInUse,
  lastGoodFeed,
  readStoredFeed,
  usesDownloadedFeed,
  type FeedInUse,
  type FeedSettings,
  type FeedStore,
  type StoredFeed,
} from "./lastGoodFeed";

export {
  lastGoodFeed,
  usesDownloadedFeed,
  type FeedInUse,
  type FeedSettings,
  type FeedStore,
  type StoredFeed,
};

/** The subset of fetch used here; the pane passes window.fetch. */
export type FeedFetch = (
  url: string,
  init: { headers: Record<string, string>; signal: AbortSignal; cache: "no-cache" },
) => Promise<Response>;

/** What the pane says in its status line. */
export type FeedStatus =
  | { kind: "bundled-only" }
  | { kind: "current"; skipped: number }
  | { kind: "failed"; problem: FeedProblem; status?: number };

export interface RefreshResult extends FeedInUse {
  status: FeedStatus;
}

/** A feed server must answer within this, body and signature included; else the last good feed stays. */
export const FEED_TIMEOUT_MS = 15_000;
const MAX_SIGNATURE_BYTES = 1024;

const HOUR_MS = 3_600_000;

/** True while the stored feed was vouched for by the same address less than refreshHours ago. */
function checkedRecently(stored: StoredFeed, settings: FeedSettings, now: Date): boolean {
  if (settings.refreshHours === undefined || !stored.checkedAt || stored.url !== settings.url) return false;
  const elapsed = now.getTime() - Date.parse(stored.checkedAt);
  // A check "in the future" means the clock moved back: ask again rather than trust it.
  return elapsed >= 0 && elapsed < settings.refreshHours * HOUR_MS;
}

/** The signature sits beside the feed: https://host/feed.json → https://host/feed.json.sig */
export function signatureUrl(feedUrl: string): string {
  return `${feedUrl}.sig`;
}

/**
 * One refresh: conditional GET, timeout, size cap, then every check of acceptFeed; a feed that passes
 * is stored as last-known-good. Never throws: any failure keeps the last good feed and says why.
 */
export async function refreshFeed(
  fetchFn: FeedFetch,
  store: FeedStore,
  settings: FeedSettings,
  bundled: Feed,
  now: Date,
  timeoutMs = FEED_TIMEOUT_MS,
  maxBytes = MAX_FEED_BYTES,
): Promise<RefreshResult> {
  if (!usesDownloadedFeed(settings) || !settings.url)
    return { feed: bundled, origin: "bundled", status: { kind: "bundled-only" } };
  const stored = await readStoredFeed(store);
  const { skipped, ...inUse } = feedInUse(stored, bundled);
  // Only a stored feed that is in use counts: its ETag, its check time, its version as the floor.
  const current = inUse.origin === "remote" ? stored : undefined;
  if (current && checkedRecently(current, settings, now))
    return { ...inUse, status: { kind: "current", skipped } };
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new FeedRejected("timeout", "the feed server did not answer in time"));
    }, timeoutMs);
  });
  try {
    const result = await Promise.race([
      download(fetchFn, settings, current, controller.signal, maxBytes),
      deadline,
    ]);
    const at = now.toISOString();
    if ("unchanged" in result) {
      await store.set({ ...result.unchanged, checkedAt: at, url: settings.url }).catch(() => undefined);
      return { ...inUse, status: { kind: "current", skipped } };
    }
    const accepted = await acceptFeed(result.bytes, result.signature, {
      publicKeys: settings.publicKeys,
      // Never below the bundled list either: else a first download could be an old, validly signed feed.
      currentVersion: Math.max(current?.version ?? 0, bundled.version),
      now,
    });
    await store
      .set({
        text: new TextDecoder().decode(result.bytes),
        signature: result.signature,
        etag: result.etag,
        version: accepted.feed.version,
        issued: accepted.feed.issued,
        fetchedAt: at,
        checkedAt: at,
        url: settings.url,
      })
      .catch(() => undefined); // Not stored means downloaded again next time; the feed is still good now.
    return {
      feed: accepted.feed,
      origin: "remote",
      fetchedAt: at,
      status: { kind: "current", skipped: accepted.skipped.length },
    };
  } catch (error) {
    const failure: FeedStatus =
      error instanceof FeedRejected
        ? { kind: "failed", problem: error.problem, ...(error.status ? { status: error.status } : {}) }
        : { kind: "failed", problem: "network" };
    return { ...inUse, status: failure };
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

async function download(
  fetchFn: FeedFetch,
  settings: FeedSettings,
  stored: StoredFeed | undefined,
  signal: AbortSignal,
  maxBytes: number,
): Promise<{ unchanged: StoredFeed } | { bytes: Uint8Array; signature: string; etag?: string }> {
  const url = settings.url as string;
  const headers: Record<string, string> = stored?.etag ? { "If-None-Match": stored.etag } : {};
  const response = await fetchFn(url, { headers, signal, cache: "no-cache" });
  // A 304 only means something when we sent an ETag of a feed we still hold.
  if (response.status === 304 && stored?.etag) return { unchanged: stored };
  if (!response.ok)
    throw new FeedRejected("http-error", `the feed server answered ${response.status}`, response.status);
  const bytes = await readCapped(response, maxBytes);
  const sigResponse = await fetchFn(signatureUrl(url), { headers: {}, signal, cache: "no-cache" });
  if (sigResponse.status === 404) throw new FeedRejected("missing-signature", "the feed has no signature");
  if (!sigResponse.ok)
    throw new FeedRejected(
      "http-error",
      `the signature server answered ${sigResponse.status}`,
      sigResponse.status,
    );
  const signature = new TextDecoder().decode(await readCapped(sigResponse, MAX_SIGNATURE_BYTES));
  return { bytes, signature, etag: response.headers.get("ETag") ?? undefined };
}

/** Reads a body but stops at `maxBytes`, whatever Content-Length claims. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () => new FeedRejected("too-large", `the download is larger than ${maxBytes} bytes`);
  const declared = Number(response.headers.get("Content-Length"));
  if (declared > maxBytes) throw tooLarge();
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.byteLength > maxBytes) throw tooLarge();
    return bytes;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
