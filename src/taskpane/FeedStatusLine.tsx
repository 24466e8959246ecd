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

export function FeedStatusLine({ state }: { state: FeedState }) {
  const common = useCommonStyles();
  const strings = useStrings();
  return (
    <p className={common.small} data-testid="feed-status">
      {feedStatusText(strings, state, new Date())}
    </p>
  );
}
