/**
 * XSS proof (issue 17, item 3): over 100 payloads in the style of OWASP's filter-evasion cheat sheet,
 * placed in the subject, display names, addresses, attachment names, link texts and hrefs, header
 * values and the HTML body, shown by the built pane (fake Outlook host) and the standalone page
 * (dropped .eml). With every collapsible section opened, none may run: no dialog, no flag on
 * `window`, no request to the trap URL on the test server, no page error.
 */
import type { Page } from "playwright-core";
import type { PaneOptions } from "./support/browser";
import { expectVisible } from "./support/expectations";
import { ANY_HEADLINE, browserHarness } from "./support/harness";
import { xssEml, xssFakeMessage } from "./support/xssMessage";
import { TRAP_PATH, xssPayloads } from "./support/xssPayloads";

const h = browserHarness();
/** Payloads per message: the links they make (two each) stay within the 100 link rows the pane renders. */
const CHUNK = 40;

interface Traces {
  dialogs: string[];
  trapRequests: string[];
}

async function openWatched(options: PaneOptions): Promise<{ page: Page; traces: Traces }> {
  const { page } = await h.open(options);
  const traces: Traces = { dialogs: [], trapRequests: [] };
  page.on("dialog", (dialog) => {
    traces.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("request", (request) => {
    if (request.url().includes(TRAP_PATH)) traces.trapRequests.push(request.url());
  });
  return { page, traces };
}

/** Opens every collapsed section (accordions, evidence, tips) until none is left; returns how many. */
async function openEverything(page: Page): Promise<number> {
  let opened = 0;
  for (; opened < 400; opened++) {
    const closed = page.locator('button[aria-expanded="false"]');
    if ((await closed.count()) === 0) break;
    await closed.first().click();
  }
  return opened;
}

async function expectNothingRan(page: Page, traces: Traces): Promise<void> {
  // Handlers such as onerror and onload fire within a few frames; give them time to.
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(traces.dialogs).toEqual([]);
  expect(traces.trapRequests).toEqual([]);
  expect(h.session?.pageErrors ?? []).toEqual([]);
  expect(h.session?.blocked ?? []).toEqual([]);
}

function chunks(payloads: string[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < payloads.length; i += CHUNK) out.push(payloads.slice(i, i + CHUNK));
  return out;
}

const payloadCount = xssPayloads("http://127.0.0.1").length;

test(`there are at least 100 payloads (${payloadCount})`, () => {
  expect(payloadCount).toBeGreaterThanOrEqual(100);
});

describe.each(chunks(xssPayloads("http://127.0.0.1")).map((_, i) => i))("payloads, part %i", (part) => {
  const mine = () => chunks(xssPayloads(h.server.origin))[part];

  test("the Outlook pane shows them as text and runs none", async () => {
    const payloads = mine();
    const { page, traces } = await openWatched({
      officeJs: "fake",
      fake: { message: "github-notification", replaceMessage: xssFakeMessage(payloads) },
    });
    await page.goto(h.server.url("taskpane.html"));
    await expectVisible(page, page.getByText(ANY_HEADLINE), "a verdict headline");
    expect(await openEverything(page)).toBeGreaterThan(2);
    // The payloads arrived and are on screen as text (a link text, shown in the link list).
    await expectVisible(page, page.getByText(payloads[0], { exact: false }).first(), "a payload as text");
    await expectNothingRan(page, traces);
  });

  test("the standalone page shows them as text and runs none", async () => {
    const payloads = mine();
    const { page, traces } = await openWatched({ officeJs: "offline" });
    await page.goto(`${h.server.origin}/`);
    await page.getByTestId("eml-input").setInputFiles({
      name: "xss.eml",
      mimeType: "message/rfc822",
      buffer: Buffer.from(xssEml(payloads)),
    });
    await expectVisible(page, page.getByText(ANY_HEADLINE), "a verdict headline");
    expect(await openEverything(page)).toBeGreaterThan(2);
    await expectVisible(page, page.getByText(payloads[0], { exact: false }).first(), "a payload as text");
    await expectNothingRan(page, traces);
  });
});
