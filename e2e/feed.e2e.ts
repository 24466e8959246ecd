/**
 * The domain feed in real Chromium (issue 13): the same Ed25519-signed feed the Node tests verify is
 * published on a local HTTPS feed host (another origin than the pane's, so CORS applies) whose answers
 * the test scripts. The pane verifies it in the browser, stores it, asks again only after
 * `refreshHours` (a 304 the second time), and keeps it through a tampered copy, a 500 and a host that
 * forgets CORS, saying so each time. Chromium enforces CORS on every answer (the allowed origin, the
 * exposed ETag); only the preflight is answered by Playwright itself, as it does for any request while
 * the session's routes are on, so the host's Access-Control-Allow-Headers is not what is tested here.
 */
import type { Page } from "playwright-core";
import { acceptFeed } from "../src/feed/acceptFeed";
import { bundledFeed } from "../src/feed/bundledFeed";
import { generateKeyPair } from "../src/feed/signature";
import { signText, testFeedText } from "../src/feed/testing/signedFeed";
import { startFeedServer, type FeedReply, type FeedRequest, type FeedServer } from "./support/feedServer";
import { browserHarness } from "./support/harness";

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

/** Loads the pane, waits for the feed's status line to match, and returns the requests it caused. */
async function load(page: Page, expected: string): Promise<FeedRequest[]> {
  const before = feeds.requests.length;
  await page.goto(h.server.url("taskpane.html"), { waitUntil: "networkidle" });
  const line = page.getByTestId("feed-status");
  await line.filter({ hasText: expected }).waitFor({ state: "visible", timeout: 15_000 });
  expect(await line.textContent()).toBe(expected);
  return feeds.requests.slice(before).filter((r) => r.method === "GET");
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
