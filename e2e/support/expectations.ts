import type { Locator, Page } from "playwright-core";
import { screenshot } from "./browser";

/** How long a person would wait for the pane to show something. */
export const UI_TIMEOUT_MS = 10_000;

/** The visible text of the page, for failure messages and "is this word anywhere?" checks. */
export async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
}

/**
 * Waits until `locator` (its first visible match) is visible. On timeout, saves
 * artifacts/e2e/FAILED-<what>.png and fails with the text the page did show.
 */
export async function expectVisible(
  page: Page,
  locator: Locator,
  what: string,
  timeout = UI_TIMEOUT_MS,
): Promise<void> {
  try {
    await locator.filter({ visible: true }).first().waitFor({ state: "visible", timeout });
  } catch (error) {
    const file = await screenshot(page, `FAILED-${slug(what)}`).catch(() => "(no screenshot)");
    const text = await visibleText(page).catch(() => "(page text unavailable)");
    throw new Error(
      `Expected to see ${what} within ${timeout} ms, but it did not appear.\n` +
        `Screenshot: ${file}\nThe page showed:\n${text.trim().slice(0, 3000)}\n(${(error as Error).message.split("\n")[0]})`,
    );
  }
}

/** Fails when any match of `locator` is visible right now. */
export async function expectNotVisible(page: Page, locator: Locator, what: string): Promise<void> {
  const shown = await locator.filter({ visible: true }).count();
  if (shown > 0) {
    const file = await screenshot(page, `FAILED-unexpected-${slug(what)}`).catch(() => "(no screenshot)");
    throw new Error(`Did not expect to see ${what}, but it is visible.\nScreenshot: ${file}`);
  }
}

/** Polls `read` until `done` accepts its value (for state inside the page, such as fake-host logs). */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  what: string,
  timeout = UI_TIMEOUT_MS,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let value = await read();
  while (!done(value)) {
    if (Date.now() > deadline) {
      throw new Error(
        `Timed out after ${timeout} ms waiting for ${what}; last value: ${JSON.stringify(value)}`,
      );
    }
    await new Promise((r) => setTimeout(r, 50));
    value = await read();
  }
  return value;
}

/** Escapes text for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
