import { defaultFeedStore } from "../feed/refresh/feedStores";
import { readStoredFeed, type StoredFeed } from "../feed/refresh/lastGoodFeed";

let early: Promise<StoredFeed | undefined> | undefined;

/**
 * Starts reading the device's last good feed as soon as config.json says a feed is configured, while
 * office.js connects: the first check waits for that read (useFeed's `lastGoodRead`), and IndexedDB
 * can take tens of milliseconds to open and answer (hundreds in a fresh browser profile).
 */
export function readStoredFeedEarly(): void {
  early ??= readStoredFeed(defaultFeedStore());
}

/** The read begun by readStoredFeedEarly, to the first taker only; undefined when there is none. */
export function takeEarlyStoredFeed(): Promise<StoredFeed | undefined> | undefined {
  const read = early;
  early = undefined;
  return read;
}
