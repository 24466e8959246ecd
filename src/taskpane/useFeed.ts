import { useEffect, useState } from "react";
import type { Config } from "../config/configSchema";
import { bundledFeed } from "../feed/bundledFeed";
import { defaultFeedStore } from "../feed/refresh/feedStores";
import { takeEarlyStoredFeed } from "./earlyStoredFeed";
import { readStoredFeed, storedInUse, usesDownloadedFeed } from "../feed/refresh/lastGoodFeed";
import {
  refreshFeed,
  type FeedFetch,
  type FeedStatus,
  type FeedStore,
  type FeedInUse,
} from "../feed/refresh/refreshFeed";

export interface FeedState extends FeedInUse {
  /** Undefined until the first refresh has settled. */
  status?: FeedStatus;
}

const HOUR_MS = 3_600_000;
/** A device store that has not answered by then (a blocked IndexedDB) no longer holds up the check. */
export const STORE_WAIT_MS = 1_000;

/**
 * The domain feed in use: the bundled one at once, the last good download as soon as it is read, and a
 * refreshed one when the pane opens and every `feed.refreshHours` while it stays open. `lastGoodRead`
 * says whether the device's last good feed has been read yet (or found missing): until then the
 * bundled list may be older than the one in use a moment later.
 */
export function useFeed(
  settings: Config["feed"],
  storeOverride?: FeedStore,
  fetchOverride?: FeedFetch,
): FeedState & { lastGoodRead: boolean } {
  const [store] = useState(() => storeOverride ?? defaultFeedStore());
  // The read begun at page start (index.tsx), when this pane uses the device's own store.
  const [early] = useState(() => (storeOverride ? undefined : takeEarlyStoredFeed()));
  const [fetchFn] = useState<FeedFetch>(() => fetchOverride ?? ((url, init) => fetch(url, init)));
  const [state, setState] = useState<FeedState>(() => ({ feed: bundledFeed(), origin: "bundled" }));
  // With no feed address or key only the built-in list is used, so there is no stored one to wait for.
  const downloads = usesDownloadedFeed(settings);
  const [lastGoodRead, setLastGoodRead] = useState(!downloads);
  useEffect(() => {
    let live = true;
    const refresh = () =>
      void refreshFeed(fetchFn, store, settings, bundledFeed(), new Date()).then((result) => {
        if (!live) return;
        setState(result);
        setLastGoodRead(true);
      });
    if (downloads)
      void (early ?? readStoredFeed(store)).then((stored) => {
        if (!live) return;
        const inUse = storedInUse(stored, bundledFeed());
        setState((s) => (s.status ? s : inUse));
        setLastGoodRead(true);
      });
    refresh();
    const timer = setInterval(refresh, settings.refreshHours * HOUR_MS);
    const storeDeadline = setTimeout(() => live && setLastGoodRead(true), STORE_WAIT_MS);
    return () => {
      live = false;
      clearInterval(timer);
      clearTimeout(storeDeadline);
    };
  }, [settings, downloads, store, fetchFn, early]);
  return { ...state, lastGoodRead };
}
