/**
 * Every state of the pane and of the standalone page, in English and in Spanish, as a person sees it in
 * Chromium: the visible words are asserted, axe-core must report no violation at all, the page must fit
 * 320 px without sideways scrolling, and screenshots at 320 and 450 px, light and dark, are saved to
 * artifacts/e2e/states/.
 */
import type { Page } from "playwright-core";
import { tipFor, type Language } from "../src/engine";
import { STRINGS } from "../src/taskpane/i18n";
import { MESSAGES, toEml } from "../src/office/testing/messages";
import type { FakeConfig } from "./fake-office/types";
import { formatViolations, runAxe } from "./support/axe";
import { screenshot } from "./support/browser";
import { expectVisible } from "./support/expectations";
import { browserHarness } from "./support/harness";

const h = browserHarness();
const LANGUAGES: readonly Language[] = ["en", "es"];
const THEMES = ["light", "dark"] as const;
type ThemeName = (typeof THEMES)[number];

interface State {
  name: string;
  /** The Outlook pane with the fake host, the pane opened outside Outlook, or the standalone page. */
  page: "pane" | "outside" | "standalone";
  fake?: FakeConfig;
  /** What the person does before looking (choose a file, open the Learn view). */
  act?: (page: Page, language: Language) => Promise<void>;
  /** Texts that must be visible, in the reader's language. */
  shows: (language: Language) => string[];
}

const SPOOF_EML = Buffer.from(toEml(MESSAGES["adfs-senate-phish"]));

const STATES: State[] = [
  {
    name: "loading",
    page: "pane",
    // Outlook answers nothing for a minute: the skeleton stays.
    fake: { message: "adfs-senate-phish", delayMs: 60_000 },
    shows: (l) => [STRINGS[l].states.checking],
  },
  {
    name: "ok",
    page: "pane",
    fake: { message: "github-notification" },
    shows: (l) => [STRINGS[l].verdict.ok.headline],
  },
  {
    name: "dangerous",
    page: "pane",
    fake: { message: "adfs-senate-phish" },
    shows: (l) => [
      STRINGS[l].verdict.dangerous.headline,
      STRINGS[l].findings.category.sender,
      STRINGS[l].findings.howToSpot,
    ],
  },
  {
    name: "headers-unavailable",
    page: "pane",
    fake: { message: "subject-only-headers" },
    shows: (l) => [STRINGS[l].verdict.okIncomplete.headline, STRINGS[l].incomplete.heading],
  },
  {
    name: "nothing-selected",
    page: "pane",
    fake: { message: null },
    shows: (l) => [STRINGS[l].states.selectMessage],
  },
  {
    name: "not-mail",
    page: "pane",
    fake: { message: "github-notification", appointment: true },
    shows: (l) => [STRINGS[l].states.notMail],
  },
  {
    name: "mobile",
    page: "pane",
    fake: { message: "adfs-senate-phish", platform: "iOS", mailboxVersion: "1.5" },
    shows: (l) => [STRINGS[l].states.mobile, STRINGS[l].verdict.dangerous.headline],
  },
  {
    name: "learn",
    page: "pane",
    fake: { message: "github-notification" },
    act: async (page, l) => {
      await expectVisible(page, page.getByText(STRINGS[l].verdict.ok.headline), "the verdict");
      await page.getByRole("button", { name: STRINGS[l].learn.open }).click();
    },
    shows: (l) => [STRINGS[l].learn.whyHeading, tipFor("lookalike-homograph", l).title],
  },
  {
    name: "outside-outlook",
    page: "outside",
    shows: (l) => [STRINGS[l].states.notOutlook, STRINGS[l].states.openStandalone],
  },
  {
    name: "standalone",
    page: "standalone",
    shows: (l) => [STRINGS[l].standalone.heading, STRINGS[l].standalone.choose],
  },
  {
    name: "standalone-result",
    page: "standalone",
    act: async (page) => {
      await page.getByTestId("eml-input").setInputFiles({
        name: "password.eml",
        mimeType: "message/rfc822",
        buffer: SPOOF_EML,
      });
    },
    shows: (l) => [STRINGS[l].verdict.dangerous.headline, "password.eml", STRINGS[l].standalone.choose],
  },
  {
    name: "standalone-error",
    page: "standalone",
    act: async (page) => {
      await page.getByTestId("eml-input").setInputFiles({
        name: "empty.eml",
        mimeType: "message/rfc822",
        buffer: Buffer.alloc(0),
      });
    },
    shows: (l) => [STRINGS[l].standalone.couldNotCheck(STRINGS[l].standalone.fileErrors.empty)],
  },
];

const LOCALE: Record<Language, string> = { en: "en-US", es: "es-ES" };

async function open(state: State, language: Language, theme: ThemeName): Promise<Page> {
  const session = await h.open({
    officeJs: state.page === "pane" ? "fake" : "offline",
    fake: state.page === "pane" ? { ...state.fake, displayLanguage: LOCALE[language], theme } : undefined,
    viewport: { width: 320, height: 640 },
    locale: LOCALE[language],
    colorScheme: theme,
  });
  const page = session.page;
  await page.goto(state.page === "standalone" ? `${h.server.origin}/` : h.server.url("taskpane.html"));
  await state.act?.(page, language);
  for (const text of state.shows(language))
    await expectVisible(page, page.getByText(text, { exact: false }), `"${text}"`);
  return page;
}

async function expectNoViolations(page: Page, what: string): Promise<void> {
  const violations = await runAxe(page);
  if (violations.length > 0) console.log(`axe-core violations on ${what}:\n${formatViolations(violations)}`);
  expect(violations.map((v) => `${v.impact} ${v.id}`)).toEqual([]);
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const [scroll, client] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(scroll).toBeLessThanOrEqual(client);
}

describe.each(STATES)("$name", (state) => {
  test.each(LANGUAGES)(
    "in %s: the words, no axe-core violation, 320 px, screenshots light and dark",
    async (language) => {
      for (const theme of THEMES) {
        const page = await open(state, language, theme);
        const what = `${state.name} (${language}, ${theme})`;
        await expectNoViolations(page, what);
        await expectNoSidewaysScroll(page);
        await screenshot(page, `states/${state.name}-${language}-${theme}-320`);
        await page.setViewportSize({ width: 450, height: 800 });
        await screenshot(page, `states/${state.name}-${language}-${theme}-450`);
        expect(h.session?.pageErrors ?? []).toEqual([]);
        expect(h.session?.blocked ?? []).toEqual([]);
        await h.session?.close();
        h.session = undefined;
      }
    },
  );
});

// A phone 360 CSS px wide shows about 740 px of page (Galaxy S8/S9 360×740; many are 360×800).
const PHONE = { width: 360, height: 740 };

test("a dangerous message fits in about two screens at 360 px", async () => {
  const session = await h.open({
    officeJs: "fake",
    fake: { message: "adfs-senate-phish" },
    viewport: PHONE,
  });
  await session.page.goto(h.server.url("taskpane.html"));
  await expectVisible(
    session.page,
    session.page.getByText(STRINGS.en.verdict.dangerous.headline),
    "the verdict",
  );
  await screenshot(session.page, "states/dangerous-360-whole");
  const height = await session.page.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThanOrEqual(2 * PHONE.height);
});
