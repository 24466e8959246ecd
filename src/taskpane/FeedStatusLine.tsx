import { useEffect, useState } from "react";
import { useCommonStyles } from "./commonStyles";
import { useStrings, type Strings } from "./i18n";
import type { FeedState } from "./useFeed";

/** The one line about the domain list in use: its version and age, or why it could not be refreshed. */
export function feedStatusText(strings: Strings, state: FeedState, now: Date): string {
  const words = strings.feed;
  const { feed, status } = state;
  const age = state.fetchedAt ? words.age(now.getTime() - Date.parse(state.fetchedAt)) : null;
  if (status?.kind === "bundled-only") return words.bundledOnly(feed.version);
  if (status?.kind === "failed") return words.failed(words.problems[status.problem], feed.version, age);
  const line = age ? words.current(feed.version, age) : words.bundled(feed.version);
  return status?.kind === "current" && status.skipped > 0 ? line + words.skipped(status.skipped) : line;
}

/** Ages are told in minutes: a pane left open re-reads the clock this often, so "3 h ago" stays true. */
const AGE_TICK_MS = 60_000;

function useNow(intervalMs: number): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

export function FeedStatusLine({ state }: { state: FeedState }) {
  const common = useCommonStyles();
  const strings = useStrings();
  const now = useNow(AGE_TICK_MS);
  return (
    <p className={common.small} data-testid="feed-status">
      {feedStatusText(strings, state, now)}
    </p>
  );
}
