import type { Browser } from "playwright-core";
import { STRINGS } from "../../src/taskpane/i18n";
import { launchBrowser, openSession, type PaneOptions, type PaneSession } from "./browser";
import { escapeRegExp } from "./expectations";
import { startServer, type StaticServer } from "./server";

const VERDICT = STRINGS.en.verdict;
export const OK = VERDICT.ok.headline;
export const DANGEROUS = VERDICT.dangerous.headline;
export const ANY_HEADLINE = new RegExp(
  [VERDICT.ok, VERDICT.okIncomplete, VERDICT.caution, VERDICT.suspicious, VERDICT.dangerous]
    .map((v) => escapeRegExp(v.headline))
    .join("|"),
);

export interface Harness {
  browser: Browser;
  server: StaticServer;
  /** The session of the running test, closed after it. */
  session: PaneSession | undefined;
  open(options: PaneOptions): Promise<PaneSession>;
}

/**
 * One Chromium and one static server over dist/ per test file, a fresh browser context per test.
 * Call at the top level of a test file.
 */
export function browserHarness(): Harness {
  jest.setTimeout(60_000);
  const h = {
    session: undefined,
    async open(options: PaneOptions) {
      h.session = await openSession(h.browser, h.server, options);
      return h.session;
    },
  } as Harness;

  beforeAll(async () => {
    h.server = await startServer();
    h.browser = await launchBrowser();
  });

  afterAll(async () => {
    await h.browser?.close();
    await h.server?.stop();
  });

  afterEach(async () => {
    const session = h.session;
    if (!session) return;
    if (session.blocked.length > 0)
      console.log(`Blocked outside requests:\n  ${session.blocked.join("\n  ")}`);
    await session.close();
    h.session = undefined;
  });
  return h;
}
