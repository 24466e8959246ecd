import type { Page } from "playwright-core";

/** The page's own scripts it has fetched so far (its entry and any chunks), by file name, sorted. */
export function scriptsLoaded(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((entry) => new URL(entry.name))
      .filter((url) => url.origin === location.origin && url.pathname.endsWith(".js"))
      .map((url) => url.pathname.slice(url.pathname.lastIndexOf("/") + 1))
      .sort(),
  );
}
