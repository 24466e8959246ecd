import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page, type Route } from "playwright-core";
import type { FakeConfig } from "../fake-office/types";
import { fakeOfficeScript } from "./fakeOfficeBundle";
import { REPO_ROOT } from "./repoRoot";
import type { StaticServer } from "./server";

/** The URL taskpane.html and commands.html load office.js from. */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Screenshots land here (git-ignored). */
export const ARTIFACTS_DIR = path.join(REPO_ROOT, "artifacts", "e2e");

/** The task pane's usual width in Outlook on the web. */
export const PANE_VIEWPORT = { width: 360, height: 800 };

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Launches Debian's Chromium (or `CHROMIUM_PATH`) headless, with `extraArgs` after the usual ones. */
export async function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. Install it with \`apt-get install -y chromium\` ` +
        "or set CHROMIUM_PATH to a Chromium executable.",
    );
  }
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

export interface PaneOptions {
  /** "fake": serve the fake Office host for office.js; "offline": abort the request (plain browser). */
  officeJs: "fake" | "offline";
  /** Scenario for the fake host, set as `window.__CG_FAKE__` before any page script runs. */
  fake?: FakeConfig;
  viewport?: { width: number; height: number };
  /** The browser's language (`navigator.language`). Default "en-US". */
  locale?: string;
  /** `prefers-color-scheme`. Default "light". */
  colorScheme?: "light" | "dark";
  /** Accept self-signed certificates (a local HTTPS server standing in for a CDN). */
  ignoreHTTPSErrors?: boolean;
}

export interface PaneSession {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions thrown in the page. */
  pageErrors: string[];
  /** `console.error` output of the page. */
  consoleErrors: string[];
  /** Requests that were refused because they would have left the machine. */
  blocked: string[];
  close(): Promise<void>;
}

/**
 * A fresh browser context and page in which only the local server and the office.js URL answer:
 * every other request is aborted, so nothing leaves the machine.
 */
export async function openSession(
  browser: Browser,
  server: StaticServer,
  options: PaneOptions,
): Promise<PaneSession> {
  const context = await browser.newContext({
    viewport: options.viewport ?? PANE_VIEWPORT,
    serviceWorkers: "block",
    locale: options.locale ?? "en-US",
    colorScheme: options.colorScheme ?? "light",
    timezoneId: "America/New_York",
    ignoreHTTPSErrors: options.ignoreHTTPSErrors ?? false,
  });
  const blocked: string[] = [];
  const officeScript = options.officeJs === "fake" ? await fakeOfficeScript() : undefined;

  await context.route("**/*", async (route: Route) => {
    const url = route.request().url();
    if (url.startsWith(`${server.origin}/`)) {
      await route.continue();
    } else if (url.split(/[?#]/)[0] === OFFICE_JS_URL) {
      if (officeScript === undefined) await route.abort("internetdisconnected");
      else
        await route.fulfill({
          status: 200,
          contentType: "text/javascript; charset=utf-8",
          body: officeScript,
        });
    } else {
      blocked.push(url);
      await route.abort("blockedbyclient");
    }
  });

  const page = await context.newPage();
  if (options.fake) {
    // Runs before any page script, so the fake office.js reads the scenario when it loads.
    await page.addInitScript((fake: FakeConfig) => {
      window.__CG_FAKE__ = fake;
    }, options.fake);
  }
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(`${error.name}: ${error.message}\n${error.stack ?? ""}`));
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  return { context, page, pageErrors, consoleErrors, blocked, close: () => context.close() };
}

/** Saves a full-page PNG to artifacts/e2e/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
