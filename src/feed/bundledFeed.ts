import bundled from "./bundled-feed.json";
import { parseFeed, type Feed } from "./feedSchema";

let cached: Feed | undefined;

/**
 * The feed shipped inside the add-in: it works offline from the first second. Validated on first use,
 * not at load, so a runtime problem surfaces as a failed check instead of a bundle that never starts.
 */
export function bundledFeed(): Feed {
  cached ??= parseFeed(bundled);
  return cached;
}
