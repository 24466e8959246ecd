/**
 * The domain feed in real Chromium (issue 13): the same Ed25519-signed feed the Node tests verify is
 * published on a local HTTPS feed host (another origin than the pane's, so CORS applies) whose answers
 * the test scripts. The pane verifies it in the browser, stores it, asks again only after
 * `refreshHours` (a 304 the second time), and keeps it through a tampered copy, a 500 and a host that
 * forgets CORS, saying so each time. Chromium enforces CORS on every answer (the allowed origin, the
 * exposed ETag); the last test runs without request interception, so that the preflight the
 * conditional GET needs reaches the host too (Playwright answers preflights itself while routes are on).
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { acceptFeed } from "../src/feed/acceptFeed";
import { bundledFeed } from "../src/feed/bundledFeed";
import { generateKeyPair } from "../src/feed/signature";
import { signText, testFeedText } from "../src/feed/testing/signedFeed";
import { launchBrowser, OFFICE_JS_URL, PANE_VIEWPORT } from "./support/browser";
import { fakeOfficeScript } from "./support/fakeOfficeBundle";
import { startFeedServer, type FeedReply, type FeedRequest, type FeedServer } from "./support/feedServer";
import { browserHarness } from "./support/harness";
import { DIST_DIR, startServer } from "./support/server";

const h = browserHarness();
let feeds: FeedServer;

beforeAll(async () => {
  feeds = await startFeedServer(h.server.origin);
});
afterAll(() => feeds?.stop());

const FEED_PATH = "/list/feed.json";
const SIG_PATH = `${FEED_PATH}.sig`;
const REFRESH_HOURS = 6;

/** A host that publishes `feed` and its signature as a CDN does: an ETag, and a 304 when it matches. */
function publish(feed: string, sig: string, etag: string) {
  return (request: FeedRequest): FeedReply => {
    if (request.path === SIG_PATH) return { status: 200, body: sig };
    if (request.path !== FEED_PATH) return { status: 404, body: "Not Found" };
    if (request.ifNoneMatch === etag) return { status: 304, headers: { ETag: etag } };
    return { status: 200, body: feed, headers: { ETag: etag, "Content-Type": "application/json" } };
  };
}

/** A pane whose config points at the local feed host, with a clock the test can move on. */
async function openPane(publicKey: string): Promise<Page> {
  const session = await h.open({
    officeJs: "fake",
    fake: { message: "adfs-senate-phish" },
    ignoreHTTPSErrors: true,
  });
  const config = {
    feed: { url: feeds.url(FEED_PATH), publicKeys: [publicKey], refreshHours: REFRESH_HOURS },
  };
  await session.context.route(`${h.server.origin}/config.json`, (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(config) }),
  );
  // The session lets only the add-in's own server through; the feed host is a real one too.
  await session.context.route(`${feeds.origin}/**`, (route) => route.continue());
  await session.page.clock.install();
  return session.page;
}

/** Loads the pane, waits for the feed's status line to match, and returns the feed GETs it caused. */
async function load(
  page: Page,
  expected: string,
  at = { pane: h.server, host: feeds },
): Promise<FeedRequest[]> {
  const before = at.host.requests.length;
  await page.goto(at.pane.url("taskpane.html"), { waitUntil: "networkidle" });
  const line = page.getByTestId("feed-status");
  await line.filter({ hasText: expected }).waitFor({ state: "visible", timeout: 15_000 });
  expect(await line.textContent()).toBe(expected);
  return at.host.requests.slice(before).filter((r) => r.method === "GET" && r.path.startsWith(FEED_PATH));
}

/** The pane is closed (its own refresh timer with it), and the clock moves past refreshHours. */
async function later(page: Page): Promise<void> {
  await page.goto("about:blank");
  await page.clock.fastForward((REFRESH_HOURS + 1) * 3_600_000);
}

test("a signed feed from another origin verifies in Chromium, is refreshed at most every refreshHours, and survives attacks", async () => {
  const key = await generateKeyPair();
  const version = bundledFeed().version + 40;
  const feed = testFeedText(version, new Date(Date.now() - 60_000));
  const sig = await signText(feed, key.privateKey);
  // The very bytes and signature the browser gets pass in Node too.
  const inNode = await acceptFeed(new TextEncoder().encode(feed), sig, {
    publicKeys: [key.publicKey],
    now: new Date(),
  });
  expect(inNode.feed.version).toBe(version);
  feeds.answer(publish(feed, sig, '"v1"'));
  const page = await openPane(key.publicKey);

  const current = (age: string) => `Domain list: version ${version}, updated ${age} ago.`;
  const kept = (why: string, age: string) =>
    `Couldn't refresh the domain list (${why}); using version ${version} from ${age} ago.`;

  expect(await load(page, current("0 min"))).toEqual([
    { method: "GET", path: FEED_PATH },
    { method: "GET", path: SIG_PATH },
  ]);
  // Within refreshHours another pane uses the stored feed without asking.
  expect(await load(page, current("0 min"))).toEqual([]);
  // Later, a conditional GET (the ETag was readable across origins) and a 304: nothing downloaded.
  await later(page);
  expect(await load(page, current("7 h"))).toEqual([{ method: "GET", path: FEED_PATH, ifNoneMatch: '"v1"' }]);

  await later(page);
  feeds.answer(publish(feed.replace("senate-adfs-login", "senate-adfs-logim"), sig, '"v2"'));
  expect(await load(page, kept("signature did not match", "14 h"))).toHaveLength(2);

  await later(page);
  feeds.answer(() => ({ status: 500, body: "Internal Server Error" }));
  expect(await load(page, kept("the server answered with an error", "21 h"))).toHaveLength(1);

  // A newer, validly signed feed on a host that forgot CORS: the browser withholds it.
  const newer = testFeedText(version + 1, new Date(Date.now() - 60_000));
  const newerSig = await signText(newer, key.privateKey);
  const noCors = publish(newer, newerSig, '"v3"');
  await later(page);
  feeds.answer((request) => ({ ...noCors(request), cors: false }));
  await load(page, kept("the server could not be reached", "28 h"));

  await later(page);
  feeds.answer(publish(newer, newerSig, '"v3"'));
  await load(page, `Domain list: version ${version + 1}, updated 0 min ago.`);
});

test("without a stored feed, a feed signed by another key leaves the built-in list in use and says why", async () => {
  const key = await generateKeyPair();
  const other = await generateKeyPair();
  const feed = testFeedText(bundledFeed().version + 1, new Date(Date.now() - 60_000));
  feeds.answer(publish(feed, await signText(feed, other.privateKey), '"x"'));
  const page = await openPane(key.publicKey);
  await load(
    page,
    `Couldn't refresh the domain list (signature did not match); using version ${bundledFeed().version} (built in).`,
  );
});

test("with no request interception, the host's preflight answer decides: If-None-Match allowed, a 304; not, a failure", async () => {
  // Playwright answers preflights itself while a context has routes, as the harness's sessions do.
  // Here nothing is routed: the pane is served with a config.json beside it, office.js comes from the
  // feed host by a host-resolver rule, and no other name resolves.
  const root = mkdtempSync(path.join(tmpdir(), "cg-feed-pane-"));
  cpSync(DIST_DIR, root, { recursive: true });
  const pane = await startServer(root);
  const host = await startFeedServer(pane.origin);
  const browser = await launchBrowser([
    `--host-resolver-rules=MAP ${new URL(OFFICE_JS_URL).hostname} ${new URL(host.origin).host}, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`,
  ]);
  try {
    const key = await generateKeyPair();
    const version = bundledFeed().version + 40;
    const feed = testFeedText(version, new Date(Date.now() - 60_000));
    const feedHost = publish(feed, await signText(feed, key.privateKey), '"v1"');
    const officeJs = await fakeOfficeScript();
    const officePath = new URL(OFFICE_JS_URL).pathname;
    host.answer((request) =>
      request.path === officePath
        ? { status: 200, body: officeJs, headers: { "Content-Type": "text/javascript" }, cors: false }
        : feedHost(request),
    );
    const config = {
      feed: { url: host.url(FEED_PATH), publicKeys: [key.publicKey], refreshHours: REFRESH_HOURS },
    };
    writeFileSync(path.join(root, "config.json"), JSON.stringify(config));
    const context = await browser.newContext({
      ignoreHTTPSErrors: true,
      viewport: PANE_VIEWPORT,
      locale: "en-US",
    });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__CG_FAKE__ = { message: "adfs-senate-phish" };
    });
    await page.clock.install();
    const at = { pane, host };
    const preflights = () => host.requests.filter((r) => r.method === "OPTIONS");

    await load(page, `Domain list: version ${version}, updated 0 min ago.`, at);
    expect(preflights()).toEqual([]);

    await later(page);
    expect(await load(page, `Domain list: version ${version}, updated 7 h ago.`, at)).toEqual([
      { method: "GET", path: FEED_PATH, ifNoneMatch: '"v1"' },
    ]);
    expect(preflights()).toEqual([{ method: "OPTIONS", path: FEED_PATH, requestHeaders: "if-none-match" }]);

    // A host that does not allow If-None-Match: the browser never sends the GET.
    host.allowHeaders = "";
    await later(page);
    const kept = `Couldn't refresh the domain list (the server could not be reached); using version ${version} from 14 h ago.`;
    expect(await load(page, kept, at)).toEqual([]);
    expect(preflights()).toHaveLength(2);
  } finally {
    await browser.close();
    await host.stop();
    await pane.stop();
    rmSync(root, { recursive: true, force: true });
  }
});
