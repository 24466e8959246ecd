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
}

/** Where the last-known-good feed lives (IndexedDB in the pane and the commands, memory in tests). */
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

/** The last good feed from the store, or the bundled one when there is none (or it cannot be read). */
export async function lastGoodFeed(store: FeedStore, bundled: Feed): Promise<FeedInUse> {
  let stored: StoredFeed | undefined;
  try {
    stored = await store.get();
  } catch {
    stored = undefined;
  }
  if (!stored) return { feed: bundled, origin: "bundled" };
  try {
    // The stored copy was verified before it was stored; only its JSON is read again.
    return {
      feed: parseFeedLeniently(JSON.parse(stored.text)).feed,
      origin: "remote",
      fetchedAt: stored.fetchedAt,
    };
  } catch {
    return { feed: bundled, origin: "bundled" };
  }
}
