import { useEffect, useState } from "react";
import type { Config } from "../config/configSchema";
import { bundledFeed } from "../feed/bundledFeed";
import { defaultFeedStore } from "../feed/refresh/feedStores";
import { takeEarlyStoredFeed } from "./earlyStoredFeed";
import { readStoredFeed, storedInUse, usesDownloadedFeed } from "../feed/refresh/lastGoodFeed";
import type { FeedFetch, FeedStatus, FeedStore, FeedInUse } from "../feed/refresh/refreshFeed";

export interface FeedState extends FeedInUse {
  /** Undefined until the first refresh has settled. */
  status?: FeedStatus;
}

export interface FeedOptions {
  /**
   * Whether the list may be downloaded yet. The pane sets it once its first view has settled: the
   * download, its signature check and their code (a chunk of their own) then cost the first verdict
   * nothing; that verdict uses the last good list already on the device.
   */
  refresh: boolean;
  store?: FeedStore;
  fetch?: FeedFetch;
}

const HOUR_MS = 3_600_000;
/** A device store that has not answered by then (a blocked IndexedDB) no longer holds up the check. */
export const STORE_WAIT_MS = 1_000;

const loadRefresh = () => import(/* webpackChunkName: "feed-refresh" */ "../feed/refresh/refreshFeed");

/**
 * The domain feed in use: the bundled one at once, the last good download as soon as it is read, and a
 * refreshed one once `refresh` allows and every `feed.refreshHours` while the pane stays open.
 * `lastGoodRead` says whether the device's last good feed has been read yet (or found missing): until
 * then the bundled list may be older than the one in use a moment later.
 */
export function useFeed(
  settings: Config["feed"],
  options: FeedOptions,
): FeedState & { lastGoodRead: boolean } {
  const [store] = useState(() => options.store ?? defaultFeedStore());
  // The read begun at page start (index.tsx), when this pane uses the device's own store.
  const [early] = useState(() => (options.store ? undefined : takeEarlyStoredFeed()));
  const [fetchFn] = useState<FeedFetch>(() => options.fetch ?? ((url, init) => fetch(url, init)));
  // With no feed address or key only the built-in list is used: nothing to read, nothing to download.
  const downloads = usesDownloadedFeed(settings);
  const [state, setState] = useState<FeedState>(() => ({ feed: bundledFeed(), origin: "bundled" }));
  const [lastGoodRead, setLastGoodRead] = useState(false);

  useEffect(() => {
    if (!downloads) return;
    let live = true;
    void (early ?? readStoredFeed(store)).then((stored) => {
      if (!live) return;
      const inUse = storedInUse(stored, bundledFeed());
      setState((s) => (s.status ? s : inUse));
      setLastGoodRead(true);
    });
    const storeDeadline = setTimeout(() => live && setLastGoodRead(true), STORE_WAIT_MS);
    return () => {
      live = false;
      clearTimeout(storeDeadline);
    };
  }, [downloads, store, early]);

  const mayRefresh = downloads && options.refresh;
  useEffect(() => {
    if (!mayRefresh) return;
    let live = true;
    const refresh = () =>
      void loadRefresh()
        .then(({ refreshFeed }) => refreshFeed(fetchFn, store, settings, bundledFeed(), new Date()))
        .then(
          (result) => {
            if (!live) return;
            setState(result);
            setLastGoodRead(true);
          },
          // Its code did not load (offline, or replaced by a new deployment): the list in use stays, and
          // the status line says the update could not be reached, as for a download that failed.
          () => live && setState((s) => ({ ...s, status: { kind: "failed", problem: "network" } })),
        );
    refresh();
    const timer = setInterval(refresh, settings.refreshHours * HOUR_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [mayRefresh, settings, store, fetchFn]);

  if (!downloads) return { feed: bundledFeed(), origin: "bundled", status: BUNDLED_ONLY, lastGoodRead: true };
  return { ...state, lastGoodRead };
}

const BUNDLED_ONLY: FeedStatus = { kind: "bundled-only" };
