import { defaultFeedStore } from "../feed/refresh/feedStores";
import { readStoredFeed, type StoredFeed } from "../feed/refresh/lastGoodFeed";

let early: Promise<StoredFeed | undefined> | undefined;

/**
 * Starts reading the device's last good feed at page start, while office.js connects: with a feed
 * configured, the first check waits for that read (useFeed's `lastGoodRead`), and IndexedDB can take
 * tens of milliseconds to open and answer.
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
