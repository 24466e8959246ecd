/**
 * Reporting end to end (issue 14): the pane's Report button, the ribbon command and Outlook's Report
 * button (with its options and free text), in each delivery mode, against local test peers playing
 * Microsoft Graph, the token endpoint and a webhook. Each test asserts what the receiver got (the real
 * request bytes) and what the user saw.
 */
import type { Browser, Page } from "playwright-core";
import { DEFAULT_CONFIG } from "../src/config/defaults";
import { scriptsLoaded } from "./support/scriptsLoaded";
import type { GraphSendMail, WebhookBody } from "../src/report/payload";
import { MESSAGES, toEml, USER } from "../src/office/testing/messages";
import type { FakeConfig } from "./fake-office/types";
import { launchBrowser, openSession, screenshot, type PaneSession } from "./support/browser";
import { eventually } from "./support/expectations";
import { startPeers, type Peers } from "./support/reportPeers";
import { startServer, type StaticServer } from "./support/server";

jest.setTimeout(60_000);

let browser: Browser;
let server: StaticServer;
let peers: Peers;
let session: PaneSession | undefined;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});
beforeEach(async () => {
  peers = await startPeers();
});
afterEach(async () => {
  await session?.close();
  session = undefined;
  await peers.stop();
});

const PHISH = MESSAGES["adfs-senate-phish"];
const PHISH_EML = Buffer.from(toEml(PHISH), "utf8");
const SECURITY = "security@harperforsenate.org";
const CLIENT_ID = "11111111-2222-3333-4444-555555555555";

type ReportConfig = Partial<(typeof DEFAULT_CONFIG)["report"]>;
const webhook = (): ReportConfig => ({ mode: "webhook", webhookUrl: peers.webhookUrl, timeoutMs: 5000 });
const graph = (): ReportConfig => ({
  mode: "graph",
  target: SECURITY,
  clientId: CLIENT_ID,
  graphUrl: peers.graphUrl,
});
const compose = (): ReportConfig => ({ mode: "compose", target: SECURITY });

/** A session in which the peers answer and config.json carries `report`. */
async function open(report: ReportConfig, fake: FakeConfig = {}): Promise<Page> {
  session = await openSession(browser, server, {
    officeJs: "fake",
    fake: { message: "adfs-senate-phish", mailboxVersion: "1.14", ...fake },
  });
  // Registered after openSession's catch-all, so these take precedence.
  await session.context.route(`${peers.origin}/**`, (route) => route.continue());
  await session.context.route(`${server.origin}/config.json`, (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify({ report }) }),
  );
  return session.page;
}

const identity = (naa: boolean) => ({ identity: { tokenUrl: peers.tokenUrl, naa } });

async function clickReport(page: Page): Promise<string> {
  await page.goto(server.url("taskpane.html"));
  const button = page.getByTestId("report-button");
  await button.waitFor({ state: "visible", timeout: 15_000 });
  await button.click();
  const status = page.getByTestId("report-status").locator("p");
  await status.waitFor({ state: "visible", timeout: 15_000 });
  return (await status.textContent()) ?? "";
}

function decodeBody<T>(body: string): T {
  return JSON.parse(body) as T;
}

function expectWebhookReport(body: WebhookBody) {
  expect(Buffer.from(body.eml ?? "", "base64")).toEqual(PHISH_EML);
  expect(body.format).toBe("campaignguard-webhook/1");
  const analysis = body.analysis as { verdict: string; internetMessageId: string };
  expect(analysis.verdict).toBe("dangerous");
  expect(analysis.internetMessageId).toBe(PHISH.internetMessageId);
}

function expectGraphMessage(body: GraphSendMail) {
  expect(body.message.toRecipients).toEqual([{ emailAddress: { address: SECURITY } }]);
  expect(body.message.subject).toBe(`Phishing: ${PHISH.subject}`);
  expect(body.saveToSentItems).toBe(false);
  const [eml, json] = body.message.attachments;
  expect([eml.name, eml.contentType, json.name, json.contentType]).toEqual([
    "reported-message.eml",
    "message/rfc822",
    "campaignguard-analysis.json",
    "application/json",
  ]);
  expect(Buffer.from(eml.contentBytes, "base64")).toEqual(PHISH_EML);
  expect(JSON.parse(Buffer.from(json.contentBytes, "base64").toString("utf8"))).toMatchObject({
    format: "campaignguard-report/1",
    verdict: "dangerous",
    eml: { attached: true },
  });
}

function fakeCalls(page: Page) {
  return page.evaluate(() => window.__CG_FAKE_HOST__?.calls ?? []);
}

describe("the pane's Report button", () => {
  test("webhook: the receiver gets the unmodified EML and the analysis once; the pane says where it went", async () => {
    const page = await open(webhook());
    const said = await clickReport(page);
    expect(said).toBe(
      `Report sent to ${new URL(peers.origin).host}. Thank you. You can delete the message once your security team has it.`,
    );
    expect(peers.webhook).toHaveLength(1);
    const [req] = peers.webhook;
    expect(req.headers["content-type"]).toBe("application/json");
    expect(req.headers["idempotency-key"]).toMatch(/^cg1-[0-9a-f]{32}$/);
    expectWebhookReport(decodeBody<WebhookBody>(req.body));
    await screenshot(page, "report-pane-webhook-sent");
    expect(session?.pageErrors).toEqual([]);
    expect(session?.consoleErrors).toEqual([]);
  });

  test("graph with nested app authentication: token from the broker, sendMail with the EML as message/rfc822", async () => {
    const page = await open(graph(), identity(true));
    const said = await clickReport(page);
    expect(said).toBe(
      `Report sent to ${SECURITY}. Thank you. You can delete the message once your security team has it.`,
    );
    expect(peers.tokenRequests).toHaveLength(1);
    expect(new URLSearchParams(peers.tokenRequests[0].body).get("scope")).toContain("Mail.Send");
    expect(peers.sendMail).toHaveLength(1);
    expect(peers.sendMail[0].headers.authorization).toBe("Bearer peer-token-1");
    expectGraphMessage(decodeBody<GraphSendMail>(peers.sendMail[0].body));
    expect((await fakeCalls(page)).map((c) => c.method)).toContain("nestedAppAuthBridge.GetToken");
    expect(session?.pageErrors).toEqual([]);
  });

  test("graph where silent sign-in is refused: the pane signs in interactively (NAA popup) and sends", async () => {
    const page = await open(graph(), identity(true));
    peers.token = (req) =>
      new URLSearchParams(req.body).get("grant_type") === "silent" ? "interaction_required" : "ok";
    const said = await clickReport(page);
    expect(said).toMatch(/^Report sent to security@harperforsenate\.org\./);
    expect(peers.tokenRequests.map((r) => new URLSearchParams(r.body).get("grant_type"))).toEqual([
      "silent",
      "interactive",
    ]);
    expect((await fakeCalls(page)).map((c) => c.method)).toContain("nestedAppAuthBridge.GetTokenPopup");
    expect(peers.sendMail).toHaveLength(1);
  });

  test("graph without NAA: the Office dialog fallback signs in, then sendMail", async () => {
    const page = await open(graph(), identity(false));
    const said = await clickReport(page);
    expect(said).toMatch(/^Report sent to security@harperforsenate\.org\./);
    const dialogs = await page.evaluate(() => window.__CG_FAKE_HOST__?.dialogs ?? []);
    expect(dialogs).toHaveLength(1);
    const url = new URL(dialogs[0]);
    expect(`${url.origin}${url.pathname}`).toBe(server.url("auth-dialog.html"));
    expect(url.searchParams.get("clientId")).toBe(CLIENT_ID);
    expect(peers.sendMail[0].headers.authorization).toBe("Bearer peer-token-1");
    expectGraphMessage(decodeBody<GraphSendMail>(peers.sendMail[0].body));
  });

  test("compose: a forward to the security mailbox with the item attached; nothing leaves by itself", async () => {
    const page = await open(compose());
    const said = await clickReport(page);
    expect(said).toBe(
      `A forward to ${SECURITY} has opened with the message attached. Press Send in it to report the message.`,
    );
    const forms = (await fakeCalls(page)).filter((c) => c.method === "mailbox.displayNewMessageForm");
    expect(forms).toHaveLength(1);
    expect(forms[0].args[0]).toMatchObject({
      toRecipients: [SECURITY],
      subject: `Phishing: ${PHISH.subject}`,
      attachments: [{ type: "item", itemId: PHISH.itemId, name: "reported-message" }],
    });
    expect(peers.requests).toEqual([]);
  });

  test("the receiver is down: the report waits in the outbox, and the pane lists it with Send now", async () => {
    const page = await open(webhook());
    peers.fault = () => "500";
    const said = await clickReport(page);
    expect(said).toMatch(
      /could not be sent right now\. CampaignGuard keeps it and will send it in about a minute\.$/,
    );
    const entry = page.getByTestId("outbox-entry");
    await entry.waitFor({ state: "visible" });
    expect(await entry.textContent()).toContain(PHISH.subject);
    peers.fault = () => "ok";
    await entry.getByRole("button", { name: "Send now" }).click();
    await page.getByTestId("outbox").waitFor({ state: "detached", timeout: 15_000 });
    expect(peers.committed.size).toBe(1);
    expect([...peers.committed.values()][0].arrivals).toBe(1);
    await screenshot(page, "report-pane-outbox-retried");
  });
});

/** commands.html with the fake host; runs `action` with a logged `completed`. */
async function runCommand(page: Page, action: string, event: Record<string, unknown>): Promise<unknown[]> {
  await page.goto(server.url("commands.html"));
  await eventually(
    () => page.evaluate(() => window.__CG_FAKE_HOST__?.actionNames() ?? []),
    (names) => names.includes(action),
    `commands.js to associate ${action}`,
  );
  await page.evaluate(
    ({ action, event }) => {
      const log: unknown[] = [];
      (window as unknown as { __log: unknown[] }).__log = log;
      window.__CG_FAKE_HOST__?.invokeAction(action, {
        ...event,
        completed: (o?: unknown) => log.push(o ?? null),
      });
    },
    { action, event },
  );
  await eventually(
    () => page.evaluate(() => (window as unknown as { __log: unknown[] }).__log.length),
    (n) => n > 0,
    `${action} to complete`,
    20_000,
  );
  await page.waitForTimeout(500);
  return page.evaluate(() => (window as unknown as { __log: unknown[] }).__log);
}

const SPAM_EVENT = {
  type: "SpamReporting",
  options: [true, true, false, false],
  freeText: "Asked for my Senate password",
};

describe("Outlook's Report button (onSpamReport) and the ribbon (onReportMessage)", () => {
  test("Report button, webhook: options and free text arrive; moved to Junk; the dialog says where", async () => {
    const page = await open(webhook());
    const completed = await runCommand(page, "onSpamReport", SPAM_EVENT);
    expect(completed).toEqual([
      {
        moveItemTo: "junkFolder",
        showPostProcessingDialog: {
          title: "CampaignGuard",
          description: `Thank you. Your report was sent to ${new URL(peers.origin).host}. CampaignGuard's verdict: dangerous, likely phishing. The message was moved to Junk Email.`,
        },
      },
    ]);
    const body = decodeBody<WebhookBody>(peers.webhook[0].body);
    expectWebhookReport(body);
    expect(body.options).toEqual({
      ticked: ["signIn", "impersonation"],
      values: [true, true, false, false],
      comment: "Asked for my Senate password",
    });
    expect(body.reporter.address).toBe(USER.emailAddress);
  });

  test("Report button, graph with NAA: silent token only, sendMail, moved as configured", async () => {
    const page = await open({ ...graph(), afterReport: "delete" }, identity(true));
    const completed = await runCommand(page, "onSpamReport", SPAM_EVENT);
    expect(completed).toEqual([
      {
        moveItemTo: "deletedItemsFolder",
        showPostProcessingDialog: expect.objectContaining({
          description: expect.stringMatching(
            /^Thank you\. Your report was sent to security@harperforsenate\.org\..*Deleted Items\.$/,
          ),
        }),
      },
    ]);
    expectGraphMessage(decodeBody<GraphSendMail>(peers.sendMail[0].body));
    expect(decodeBody<GraphSendMail>(peers.sendMail[0].body).message.body.content).toContain(
      "The reporter wrote: Asked for my Senate password",
    );
    const methods = (await fakeCalls(page)).map((c) => c.method);
    expect(methods).not.toContain("nestedAppAuthBridge.GetTokenPopup");
    expect(methods).not.toContain("ui.displayDialogAsync");
  });

  test("Report button, compose: a forward opens, the message is not moved", async () => {
    const page = await open(compose());
    const completed = await runCommand(page, "onSpamReport", SPAM_EVENT);
    expect(completed).toEqual([
      {
        moveItemTo: "noMove",
        showPostProcessingDialog: expect.objectContaining({
          description: expect.stringMatching(
            /^A forward to security@harperforsenate\.org is open with the message attached/,
          ),
        }),
      },
    ]);
    const forms = (await fakeCalls(page)).filter((c) => c.method === "mailbox.displayNewMessageForm");
    expect(forms).toHaveLength(1);
    expect(JSON.stringify(forms[0].args[0])).toContain("Asked for my Senate password");
  });

  test("ribbon: webhook, graph and compose each deliver once and the notice says so", async () => {
    // MSAL is loaded only to deliver through Graph.
    for (const [report, fake, expected, scripts] of [
      [webhook(), {}, `CampaignGuard: report sent to ${new URL(peers.origin).host}.`, ["commands-web.js"]],
      [graph(), identity(true), `CampaignGuard: report sent to ${SECURITY}.`, ["commands-web.js", "msal.js"]],
      [
        compose(),
        {},
        "CampaignGuard: a forward with the message is open. Press Send to report it.",
        ["commands-web.js"],
      ],
    ] as const) {
      const page = await open(report, fake);
      const completed = await runCommand(page, "onReportMessage", { source: { id: "cgReportButton" } });
      expect(completed).toEqual([null]);
      const notice = await page.evaluate(
        () => window.__CG_FAKE_HOST__?.notifications()["campaignguard-report"],
      );
      expect(notice?.message).toBe(expected);
      expect(await scriptsLoaded(page)).toEqual(scripts);
      await session?.close();
    }
    expect(peers.webhook).toHaveLength(1);
    expect(peers.sendMail).toHaveLength(1);
  });

  test("a token failure in the ribbon queues the report; the pane then signs in and sends it, once", async () => {
    const page = await open(graph(), identity(true));
    peers.token = (req) =>
      new URLSearchParams(req.body).get("grant_type") === "silent" ? "interaction_required" : "ok";
    await runCommand(page, "onReportMessage", {});
    const notice = await page.evaluate(
      () => window.__CG_FAKE_HOST__?.notifications()["campaignguard-report"],
    );
    expect(notice?.message).toBe("CampaignGuard: report kept. Open Check message and sign in to send it.");
    expect(peers.sendMail).toHaveLength(0);
    // Same origin, same IndexedDB: the pane finds the waiting report.
    await page.goto(server.url("taskpane.html"));
    const entry = page.getByTestId("outbox-entry");
    await entry.waitFor({ state: "visible", timeout: 15_000 });
    expect(await entry.textContent()).toContain("Needs you to sign in.");
    await screenshot(page, "report-pane-needs-sign-in");
    await entry.getByRole("button", { name: "Sign in and send" }).click();
    await page.getByTestId("outbox").waitFor({ state: "detached", timeout: 15_000 });
    expect(peers.sendMail).toHaveLength(1);
    expect(peers.accepted).toHaveLength(1);
  });

  test("the JavaScript-only runtime's base URL: config.json is read beside commands.js", async () => {
    const page = await open(webhook(), { javascriptRuntimeUrl: `${server.origin}/commands.js` });
    await runCommand(page, "onReportMessage", {});
    expect(peers.webhook).toHaveLength(1);
    const wellKnown = await page.evaluate(
      async (url) => (await fetch(url)).json(),
      server.url(".well-known/microsoft-officeaddins-allowed.json"),
    );
    expect(wellKnown).toEqual({ allowed: ["https://localhost:3000/commands.js"] });
  });
});
