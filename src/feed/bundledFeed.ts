import bundled from "./bundled-feed.json";
import { parseFeed, type Feed } from "./feedSchema";

/** The feed shipped inside the add-in: it works offline from the first second. */
export const BUNDLED_FEED: Feed = parseFeed(bundled);
