import { createContext, type Context } from "../engine";
import { bundledFeed } from "../feed/bundledFeed";
import { feedLists, type Feed } from "../feed/feedSchema";
import type { Config } from "./configSchema";

/** The engine context for a configuration and a feed (the bundled one unless a fresher one is given). */
export function contextFor(config: Config, feed: Feed = bundledFeed(), now = new Date()): Context {
  return createContext(
    feedLists(feed),
    {
      organizationDomains: config.organizationDomains,
      protectedDomains: config.protectedDomains,
      vipNames: config.vipNames,
      authservIds: config.authservIds,
      language: config.language === "auto" ? "en" : config.language,
    },
    now,
  );
}
