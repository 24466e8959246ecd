/**
 * The built task pane in Chromium, with office.js replaced by the fake Outlook host: what a person sees
 * for a clean message, a known spoof, a homograph look-alike, missing headers, a pinned pane and a
 * shared mailbox.
 */
import type { Page } from "playwright-core";
import type { MessageKey } from "../src/office/testing/messages";
import type { FakeConfig } from "./fake-office/types";
import { tipFor } from "../src/engine";
import { STRINGS } from "../src/taskpane/i18n";
import { formatViolations, runAxe, seriousOrWorse } from "./support/axe";
import { screenshot } from "./support/browser";
import { eventually, expectNotVisible, expectVisible, visibleText } from "./support/expectations";
import { ANY_HEADLINE, browserHarness, DANGEROUS, OK } from "./support/harness";

const h = browserHarness();

/** Opens taskpane.html in a fresh context with the fake Outlook host serving `fake`. */
async function openPane(fake: FakeConfig): Promise<Page> {
  const session = await h.open({ officeJs: "fake", fake });
  await session.page.goto(h.server.url("taskpane.html"));
  return session.page;
}

/** No uncaught exception in the page, and no request that tried to leave the machine. */
function expectCleanRun(): void {
  expect(h.session?.pageErrors ?? []).toEqual([]);
  expect(h.session?.blocked ?? []).toEqual([]);
}

function finding(page: Page, ...texts: (string | RegExp)[]) {
  let items = page.getByRole("listitem");
  for (const text of texts) items = items.filter({ hasText: text });
  return items;
}

test("a clean, authenticated message shows the no-warning headline and not the dangerous one", async () => {
  const page = await openPane({ message: "github-notification" });
  await expectVisible(page, page.getByText(OK), `the headline "${OK}"`);
  await expectNotVisible(page, page.getByText(DANGEROUS), `the headline "${DANGEROUS}"`);
  await screenshot(page, "pane-ok");
  expectCleanRun();
});

/** The pane's text at each frame the browser paints, from an rAF loop started before any page script. */
async function recordFrames(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const frames: string[] = [];
    Object.assign(window, { __cgFrames: frames });
    const tick = () => {
      const text = document.getElementById("container")?.textContent ?? "";
      if (frames[frames.length - 1] !== text) frames.push(text);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  return () => page.evaluate(() => (window as unknown as { __cgFrames: string[] }).__cgFrames);
}

describe("the first verdict", () => {
  const { starting } = STRINGS.en.app;
  const { checking } = STRINGS.en.states;

  it("follows the starting skeleton directly when Outlook answers at once", async () => {
    const session = await h.open({ officeJs: "fake", fake: { message: "github-notification" } });
    const frames = await recordFrames(session.page);
    await session.page.goto(h.server.url("taskpane.html"));
    await expectVisible(session.page, session.page.getByText(OK), `the headline "${OK}"`);
    const painted = await frames();
    expect(painted.some((text) => text.includes(starting))).toBe(true);
    expect(painted.filter((text) => text.includes(checking))).toEqual([]);
    expectCleanRun();
  });

  it("shows that the message is being checked while Outlook is slow to answer", async () => {
    const session = await h.open({
      officeJs: "fake",
      fake: { message: "github-notification", delayMs: 400 },
    });
    const frames = await recordFrames(session.page);
    await session.page.goto(h.server.url("taskpane.html"));
    await expectVisible(session.page, session.page.getByText(OK), `the headline "${OK}"`);
    const painted = await frames();
    const checked = painted.findIndex((text) => text.includes(checking));
    expect(checked).toBeGreaterThan(-1);
    expect(painted.findIndex((text) => text.includes(OK))).toBeGreaterThan(checked);
    expectCleanRun();
  });
});

test("a message from adfs-senate.services is dangerous and the finding names the known spoof domain", async () => {
  const page = await openPane({ message: "adfs-senate-phish" });
  await expectVisible(page, page.getByText(DANGEROUS), `the headline "${DANGEROUS}"`);
  await expectNotVisible(page, page.getByText(OK), `the headline "${OK}"`);
  await expectVisible(
    page,
    finding(page, "adfs-senate.services", /known spoof/i),
    'a finding that mentions "adfs-senate.services" and "known spoof"',
  );
  await screenshot(page, "pane-dangerous");
  expectCleanRun();
});

test("a homograph of actblue.com is dangerous, names the Cyrillic letter and teaches the homograph tip", async () => {
  const page = await openPane({ message: "actblue-homograph" });
  await expectVisible(page, page.getByText(DANGEROUS), `the headline "${DANGEROUS}"`);
  await expectNotVisible(page, page.getByText(OK), `the headline "${OK}"`);
  const lookalike = finding(page, "only looks like actblue.com", "xn--ctblue-2nf.com");
  await expectVisible(page, lookalike, 'a finding saying the domain "only looks like actblue.com"');
  // The explanation (U+0430, Cyrillic) is in the finding's detail paragraph, shown without expanding.
  await expectVisible(
    page,
    lookalike.getByText(/U\+0430/).filter({ hasText: "Cyrillic" }),
    'the finding naming "U+0430" and "Cyrillic"',
  );
  // Its evidence, once expanded, shows the Unicode form the domain is displayed as.
  await lookalike.getByRole("button", { name: "Evidence" }).first().click();
  await expectVisible(page, lookalike.getByText("Displayed as"), 'the evidence entry "Displayed as"');
  // The tip is collapsed under "How to spot this" until asked for.
  const tip = tipFor("lookalike-homograph", "en");
  await expectNotVisible(page, page.getByText(tip.title), `the tip "${tip.title}" before it is asked for`);
  await lookalike.getByRole("button", { name: STRINGS.en.findings.howToSpot }).first().click();
  await expectVisible(page, page.getByText(tip.title), `the tip "${tip.title}"`);
  const violations = seriousOrWorse(await runAxe(page));
  if (violations.length > 0)
    console.log(`axe-core violations on the look-alike result:\n${formatViolations(violations)}`);
  await screenshot(page, "pane-lookalike");
  expect(violations.map((v) => `${v.impact} ${v.id}`)).toEqual([]);
  expectCleanRun();
});

test("headers that come back as a lone Subject line are reported as unavailable, never as safe", async () => {
  const page = await openPane({ message: "subject-only-headers" });
  await expectVisible(page, page.getByText(ANY_HEADLINE), "a verdict headline");
  await expectVisible(page, page.getByText(/headers/i), 'a note about the message "headers"');
  const text = await visibleText(page);
  expect(text).not.toMatch(/\bsafe\b/i);
  await screenshot(page, "pane-headers-unavailable");
  expectCleanRun();
});

test("a pinned pane follows the selection: clean → spoof → nothing selected", async () => {
  const page = await openPane({ message: "github-notification" });
  await expectVisible(page, page.getByText(OK), `the headline "${OK}" for the first message`);
  await eventually(
    () => page.evaluate(() => window.__CG_FAKE_HOST__?.itemChangedHandlers() ?? 0),
    (n) => n > 0,
    "the pane to register an ItemChanged handler",
  );

  const spoof: MessageKey = "adfs-senate-phish";
  await page.evaluate((key) => window.__CG_FAKE_HOST__?.selectMessage(key), spoof);
  await expectVisible(
    page,
    page.getByText(DANGEROUS),
    `the headline "${DANGEROUS}" after selecting the spoof`,
  );
  await expectNotVisible(page, page.getByText(OK), `the previous message's headline "${OK}"`);
  await screenshot(page, "pane-pinned-spoof");

  await page.evaluate(() => window.__CG_FAKE_HOST__?.selectMessage(null));
  await expectVisible(
    page,
    page.getByText(/\b(select|choose|open)\b[^.]*\b(message|email)\b/i),
    "a prompt to select a message",
  );
  await expectNotVisible(page, page.getByText(ANY_HEADLINE), "a verdict headline with no message selected");
  await screenshot(page, "pane-pinned-nothing-selected");
  expectCleanRun();
});

test("a pinned pane that moves on quickly never shows the previous message's verdict", async () => {
  // Every Office callback takes 300 ms, so the spoof's reads finish after the user has moved on.
  const page = await openPane({ message: "github-notification", delayMs: 300 });
  await expectVisible(page, page.getByText(OK), `the headline "${OK}" for the first message`);
  await eventually(
    () => page.evaluate(() => window.__CG_FAKE_HOST__?.itemChangedHandlers() ?? 0),
    (n) => n > 0,
    "the pane to register an ItemChanged handler",
  );
  await page.evaluate((dangerous) => {
    const seen = window as unknown as { __sawDangerous?: boolean };
    new MutationObserver(() => {
      if (document.body.innerText.includes(dangerous)) seen.__sawDangerous = true;
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  }, DANGEROUS);
  const [spoof, clean]: MessageKey[] = ["adfs-senate-phish", "github-notification"];
  await page.evaluate(
    ({ spoof, clean }) => {
      window.__CG_FAKE_HOST__?.selectMessage(spoof);
      setTimeout(() => window.__CG_FAKE_HOST__?.selectMessage(clean), 50);
    },
    { spoof, clean },
  );
  await eventually(
    () =>
      page.evaluate(
        () =>
          window.__CG_FAKE_HOST__?.calls.filter((c) => c.method === "item.getAllInternetHeadersAsync")
            .length ?? 0,
      ),
    (n) => n >= 3,
    "the pane to read both newly selected messages",
  );
  await expectVisible(page, page.getByText(OK), `the headline "${OK}" for the message selected last`);
  await page.waitForTimeout(700); // past every pending callback
  await expectVisible(page, page.getByText(OK), `the headline "${OK}" still, once every read has finished`);
  const sawDangerous = await page.evaluate(
    () => (window as unknown as { __sawDangerous?: boolean }).__sawDangerous,
  );
  expect(sawDangerous ?? false).toBe(false);
  expectCleanRun();
});

test("the dangerous result has no serious or critical axe-core violations", async () => {
  const page = await openPane({ message: "adfs-senate-phish" });
  await expectVisible(page, page.getByText(DANGEROUS), `the headline "${DANGEROUS}"`);
  const violations = seriousOrWorse(await runAxe(page));
  if (violations.length > 0)
    console.log(`axe-core violations on the dangerous result:\n${formatViolations(violations)}`);
  await screenshot(page, "pane-dangerous-axe");
  expect(violations.map((v) => `${v.impact} ${v.id}`)).toEqual([]);
  expectCleanRun();
});

test("a look-alike lure opened in a shared mailbox is checked like any other message", async () => {
  const page = await openPane({ message: "shared-mailbox-lure" });
  await expectVisible(page, page.getByText(DANGEROUS), `the headline "${DANGEROUS}"`);
  await expectVisible(
    page,
    finding(page, "hudsonorg-my-sharepoint.com"),
    'a finding that mentions "hudsonorg-my-sharepoint.com"',
  );
  await screenshot(page, "pane-shared-mailbox");
  expectCleanRun();
});

test("when Outlook fails to give headers, the known spoof is still caught and the gap is said", async () => {
  const page = await openPane({ message: "adfs-senate-phish", fail: ["getAllInternetHeadersAsync"] });
  await expectVisible(page, page.getByText(DANGEROUS), `the headline "${DANGEROUS}"`);
  await expectVisible(page, page.getByText(/headers/i), 'a note about the message "headers"');
  await screenshot(page, "pane-headers-failed");
  expectCleanRun();
});
