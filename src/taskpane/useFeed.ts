import { useEffect, useState } from "react";
import type { Config } from "../config/configSchema";
import { bundledFeed } from "../feed/bundledFeed";
import { defaultFeedStore } from "../feed/refresh/feedStores";
import {
  lastGoodFeed,
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

/**
 * The domain feed in use: the bundled one at once, the last good download as soon as it is read, and a
 * refreshed one when the pane opens and every `feed.refreshHours` while it stays open.
 */
export function useFeed(
  settings: Config["feed"],
  storeOverride?: FeedStore,
  fetchOverride?: FeedFetch,
): FeedState {
  const [store] = useState(() => storeOverride ?? defaultFeedStore());
  const [fetchFn] = useState<FeedFetch>(() => fetchOverride ?? ((url, init) => fetch(url, init)));
  const [state, setState] = useState<FeedState>(() => ({ feed: bundledFeed(), origin: "bundled" }));
  useEffect(() => {
    let live = true;
    const refresh = () =>
      void refreshFeed(fetchFn, store, settings, bundledFeed(), new Date()).then((result) => {
        if (live) setState(result);
      });
    void lastGoodFeed(store, bundledFeed()).then((inUse) => {
      if (live) setState((s) => (s.status ? s : inUse));
    });
    refresh();
    const timer = setInterval(refresh, settings.refreshHours * HOUR_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [settings, store, fetchFn]);
  return state;
}
