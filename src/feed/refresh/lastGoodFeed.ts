import { parseFeedLeniently, type Feed } from "../feedSchema";

/*
 * Kept apart from refreshFeed so that the commands bundle, which only reads the last good feed, does
 * not carry the signature code.
 */

/** The last feed that passed every check, as downloaded (its bytes were verified before storing). */
export interface StoredFeed {
  text: string;
  signature: string;
  etag?: string;
  version: number;
  issued: string;
  /** When it was downloaded, ISO-8601. */
  fetchedAt: string;
  /** When the feed server last vouched for it (the download or a 304), ISO-8601. */
  checkedAt?: string;
  /** The address it came from: a feed.url changed by the admin is checked at once. */
  url?: string;
}

/** Where the last-known-good feed lives (see feedStores; memory in tests). */
export interface FeedStore {
  get(): Promise<StoredFeed | undefined>;
  set(feed: StoredFeed): Promise<void>;
}

export interface FeedInUse {
  feed: Feed;
  /** "remote" when the feed came from the configured URL (now or earlier), else "bundled". */
  origin: "remote" | "bundled";
  /** When the feed in use was downloaded (remote only). */
  fetchedAt?: string;
}

/** The stored feed, or undefined when there is none or the store cannot be read. */
export async function readStoredFeed(store: FeedStore): Promise<StoredFeed | undefined> {
  try {
    return await store.get();
  } catch {
    return undefined;
  }
}

/**
 * The feed to use given what is stored: the stored one, unless it is missing, unreadable or older than
 * the bundled one (an add-in update ships a newer list than an old download). `skipped` counts the
 * stored feed's invalid spoof entries, left out again.
 */
export function feedInUse(stored: StoredFeed | undefined, bundled: Feed): FeedInUse & { skipped: number } {
  const builtIn = { feed: bundled, origin: "bundled" as const, skipped: 0 };
  if (!stored || stored.version < bundled.version) return builtIn;
  try {
    // The stored copy was verified before it was stored; only its JSON is read again.
    const { feed, skipped } = parseFeedLeniently(JSON.parse(stored.text));
    return { feed, origin: "remote", fetchedAt: stored.fetchedAt, skipped: skipped.length };
  } catch {
    return builtIn;
  }
}

/** The admin's feed settings (config.json's `feed`). */
export interface FeedSettings {
  url: string | null;
  publicKeys: readonly string[];
  /** The network is asked at most this often; in between, the stored feed is used as it is. */
  refreshHours?: number;
}

/**
 * Whether a downloaded feed may be used at all: with no address or no trusted key configured, only the
 * built-in list is, even if an earlier configuration left a download in the store (a key removed from
 * config.json is no longer trusted, and the pane's status line says "the built-in list").
 */
export function usesDownloadedFeed(settings: FeedSettings): boolean {
  return Boolean(settings.url) && settings.publicKeys.length > 0;
}

/**
 * The last good feed from the store, or the bundled one when there is none, it cannot be read, or the
 * settings allow no downloaded feed.
 */
export async function lastGoodFeed(
  store: FeedStore,
  bundled: Feed,
  settings: FeedSettings,
): Promise<FeedInUse> {
  if (!usesDownloadedFeed(settings)) return { feed: bundled, origin: "bundled" };
  return storedInUse(await readStoredFeed(store), bundled);
}

/** feedInUse without the count of skipped entries. */
export function storedInUse(stored: StoredFeed | undefined, bundled: Feed): FeedInUse {
  const { feed, origin, fetchedAt } = feedInUse(stored, bundled);
  return fetchedAt ? { feed, origin, fetchedAt } : { feed, origin };
}
