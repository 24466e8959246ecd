/**
 * The domain feed in real Chromium (issue 13): the same Ed25519-signed feed the Node tests verify is
 * served to the pane by a feed server this test controls (Playwright's router answering the feed's
 * https address); the pane verifies it in the browser, stores it in IndexedDB and says so, and a
 * tampered copy after a reload is refused while the stored version stays in use.
 */
import type { Page, Route } from "playwright-core";
import { acceptFeed } from "../src/feed/acceptFeed";
import { bundledFeed } from "../src/feed/bundledFeed";
import { generateKeyPair } from "../src/feed/signature";
import { signText, testFeedText } from "../src/feed/testing/signedFeed";
import { browserHarness } from "./support/harness";

const FEED_URL = "https://feeds.campaignguard.test/list/feed.json";

const h = browserHarness();

interface FeedReply {
  feed: string;
  sig: string;
}

/** A pane whose config points at FEED_URL; `reply()` decides what the feed server answers each time. */
async function open(publicKey: string, reply: () => FeedReply): Promise<{ page: Page; asked: string[] }> {
  const session = await h.open({ officeJs: "fake", fake: { message: "adfs-senate-phish" } });
  const asked: string[] = [];
  await session.context.route(`${h.server.origin}/config.json`, (route) =>
    route.fulfill({
      status: 200,
      contentType: "application/json",
      body: JSON.stringify({ feed: { url: FEED_URL, publicKeys: [publicKey] } }),
    }),
  );
  await session.context.route("https://feeds.campaignguard.test/**", (route: Route) => {
    const url = route.request().url();
    asked.push(url);
    const { feed, sig } = reply();
    return route.fulfill({
      status: 200,
      contentType: "application/json",
      body: url.endsWith(".sig") ? sig : feed,
    });
  });
  return { page: session.page, asked };
}

async function statusLine(page: Page, expected: RegExp): Promise<string> {
  const line = page.getByTestId("feed-status");
  await line.filter({ hasText: expected }).waitFor({ state: "visible", timeout: 15_000 });
  return (await line.textContent()) ?? "";
}

test("a signed feed verifies in Chromium, is used and kept; a tampered copy after a reload is refused", async () => {
  const key = await generateKeyPair();
  const issued = new Date(Date.now() - 60_000);
  const feed = testFeedText(bundledFeed().version + 40, issued);
  const good = { feed, sig: await signText(feed, key.privateKey) };
  // The very bytes and signature the browser gets pass in Node too.
  const inNode = await acceptFeed(new TextEncoder().encode(feed), good.sig, {
    publicKeys: [key.publicKey],
    now: new Date(),
  });
  expect(inNode.feed.version).toBe(bundledFeed().version + 40);
  let current = good;
  const { page, asked } = await open(key.publicKey, () => current);

  await page.goto(h.server.url("taskpane.html"));
  const version = bundledFeed().version + 40;
  expect(await statusLine(page, /^Domain list: version/)).toBe(
    `Domain list: version ${version}, updated 0 min ago.`,
  );
  expect(asked).toEqual([FEED_URL, `${FEED_URL}.sig`]);

  current = { feed: feed.replace("senate-adfs-login", "senate-adfs-logim"), sig: good.sig };
  await page.reload();
  expect(await statusLine(page, /^Couldn't refresh/)).toBe(
    `Couldn't refresh the domain list (signature did not match); using version ${version} from 0 min ago.`,
  );
});

test("without a stored feed, a feed signed by another key leaves the built-in list in use and says why", async () => {
  const key = await generateKeyPair();
  const other = await generateKeyPair();
  const feed = testFeedText(99, new Date(Date.now() - 60_000));
  const sig = await signText(feed, other.privateKey);
  const { page } = await open(key.publicKey, () => ({ feed, sig }));
  await page.goto(h.server.url("taskpane.html"));
  expect(await statusLine(page, /^Couldn't refresh/)).toBe(
    `Couldn't refresh the domain list (signature did not match); using version ${bundledFeed().version} (built in).`,
  );
});
