/**
 * The commands bundle (dist/commands.html) in Chromium with the fake Outlook host: Outlook's Report
 * button (`onSpamReport`, ReportPhishingCommandSurface) and the ribbon command (`onReportMessage`)
 * each finish with exactly one `event.completed` call.
 */
import type { Page } from "playwright-core";
import type { FakeCall, FakeConfig } from "./fake-office/types";
import { eventually } from "./support/expectations";
import { scriptsLoaded } from "./support/scriptsLoaded";
import { browserHarness } from "./support/harness";

/** `Office.MailboxEnums.MoveSpamItemTo` values. */
const MOVE_SPAM_ITEM_TO = ["customFolder", "deletedItemsFolder", "junkFolder", "noMove"];

/** How long after the first `completed` a second one would be noticed. */
const SETTLE_MS = 750;
/** The handlers may wait for Office calls and a report delivery attempt. */
const HANDLER_TIMEOUT_MS = 20_000;

interface CompletedLog {
  completed: unknown[];
}

declare global {
  interface Window {
    __completed?: unknown;
    __completedLog?: CompletedLog;
  }
}

const h = browserHarness();

/** commands.html with the fake host; resolves once `action` has been associated. */
async function openCommands(fake: FakeConfig, action: string): Promise<Page> {
  const session = await h.open({ officeJs: "fake", fake });
  const page = session.page;
  await page.goto(h.server.url("commands.html"));
  await eventually(
    () => page.evaluate(() => window.__CG_FAKE_HOST__?.actionNames() ?? []),
    (names) => names.includes(action),
    `commands.js to call Office.actions.associate("${action}", …)`,
  );
  return page;
}

/** Runs an associated action with an event whose `completed` is logged; returns the log once called. */
async function invoke(page: Page, action: string, event: Record<string, unknown>): Promise<unknown[]> {
  const invoked = await page.evaluate(
    ({ action, event }) => {
      const log: CompletedLog = { completed: [] };
      window.__completedLog = log;
      return (
        window.__CG_FAKE_HOST__?.invokeAction(action, {
          ...event,
          completed(options?: unknown) {
            log.completed.push(options ?? null);
            window.__completed = options;
          },
        }) ?? false
      );
    },
    { action, event },
  );
  expect(invoked).toBe(true);
  await eventually(
    () => page.evaluate(() => window.__completedLog?.completed.length ?? 0),
    (n) => n > 0,
    `${action} to call event.completed`,
    HANDLER_TIMEOUT_MS,
  );
  await page.waitForTimeout(SETTLE_MS);
  return page.evaluate(() => window.__completedLog?.completed ?? []);
}

function calls(page: Page): Promise<FakeCall[]> {
  return page.evaluate(() => window.__CG_FAKE_HOST__?.calls ?? []);
}

function expectSpamCompletion(completed: unknown[]): void {
  expect(completed).toHaveLength(1);
  const options = completed[0] as {
    moveItemTo?: unknown;
    showPostProcessingDialog?: { title?: unknown; description?: unknown };
  };
  expect(MOVE_SPAM_ITEM_TO).toContain(options.moveItemTo);
  expect(typeof options.showPostProcessingDialog?.title).toBe("string");
  expect(String(options.showPostProcessingDialog?.title).trim()).not.toBe("");
  expect(typeof options.showPostProcessingDialog?.description).toBe("string");
  expect(String(options.showPostProcessingDialog?.description).trim()).not.toBe("");
}

const SPAM_EVENT = { type: "SpamReporting", options: [true, false], freeText: "asked for my password" };

test("Report button (onSpamReport) on the spoof completes once, with moveItemTo and a post-processing dialog", async () => {
  const page = await openCommands({ message: "adfs-senate-phish", mailboxVersion: "1.14" }, "onSpamReport");
  const completed = await invoke(page, "onSpamReport", SPAM_EVENT);
  console.log(`onSpamReport completed with ${JSON.stringify(completed)}`);
  expectSpamCompletion(completed);
  expect(h.session?.pageErrors ?? []).toEqual([]);
});

test("Report button still completes exactly once when Outlook cannot give the message as a file", async () => {
  const page = await openCommands(
    { message: "adfs-senate-phish", mailboxVersion: "1.14", fail: ["getAsFileAsync"] },
    "onSpamReport",
  );
  const completed = await invoke(page, "onSpamReport", SPAM_EVENT);
  expectSpamCompletion(completed);
  expect(h.session?.pageErrors ?? []).toEqual([]);
});

test("ribbon command (onReportMessage) completes once and replaces a notification message", async () => {
  const page = await openCommands(
    { message: "adfs-senate-phish", mailboxVersion: "1.14" },
    "onReportMessage",
  );
  const completed = await invoke(page, "onReportMessage", { source: { id: "reportMessageButton" } });
  expect(completed).toHaveLength(1);
  const replaced = await eventually(
    async () => (await calls(page)).filter((c) => c.method === "item.notificationMessages.replaceAsync"),
    (list) => list.length > 0,
    "a notificationMessages.replaceAsync call",
  );
  console.log(`onReportMessage notifications: ${JSON.stringify(replaced.map((c) => c.args))}`);
  const [, details] = replaced[replaced.length - 1].args as [string, { message?: unknown }];
  expect(typeof details?.message).toBe("string");
  expect(String(details.message).trim()).not.toBe("");
  expect(h.session?.pageErrors ?? []).toEqual([]);
});

describe("commands.html outside classic Outlook", () => {
  test("reports a message with plain addresses without loading MSAL or the IDNA tables", async () => {
    const page = await openCommands({ message: "adfs-senate-phish", mailboxVersion: "1.14" }, "onSpamReport");
    expectSpamCompletion(await invoke(page, "onSpamReport", SPAM_EVENT));
    expect(await scriptsLoaded(page)).toEqual(["commands-web.js"]);
    expect(h.session?.pageErrors ?? []).toEqual([]);
  });

  test("loads the IDNA tables for an international name, and the report names the look-alike", async () => {
    const page = await openCommands({ message: "actblue-homograph", mailboxVersion: "1.14" }, "onSpamReport");
    expectSpamCompletion(await invoke(page, "onSpamReport", SPAM_EVENT));
    const forms = (await calls(page)).filter((c) => c.method === "mailbox.displayNewMessageForm");
    expect(forms).toHaveLength(1);
    // Decoded with the tables: the Cyrillic "а" (U+0430) the address is displayed with.
    const body = String((forms[0].args[0] as { htmlBody?: unknown }).htmlBody);
    expect(body).toContain("domain only looks like actblue.com: it is really xn--ctblue-2nf.com");
    expect(body).toContain("(displayed as \u0430ctblue.com)");
    expect(await scriptsLoaded(page)).toEqual(["commands-web.js", "tr46.js"]);
    expect(h.session?.pageErrors ?? []).toEqual([]);
  });
});
