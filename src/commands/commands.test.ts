import { createNestablePublicClientApplication } from "@azure/msal-browser";
import type { Config } from "../config/configSchema";
import { spoofListOf } from "../engine";
import { bundledFeed } from "../feed/bundledFeed";
import { DEFAULT_CONFIG } from "../config/defaults";
import * as readSnapshotModule from "../office/readSnapshot";
import {
  ADFS_EML_BASE64,
  NEVER,
  fails,
  fakeCommandEvent,
  fakeItem,
  fakeMailbox,
  fakeRequirements,
  fakeSpamEvent,
  installFakeOffice,
  type FakeItem,
  type FakeOfficeHost,
} from "../office/testing/fakeOffice";
import type { FetchLike } from "../report/deliver";
import { Outbox } from "../report/outbox";
import { memoryStore } from "../report/outboxStores";
import type { WebhookBody } from "../report/payload";
import { NOTIFICATION_ICON, NOTIFICATION_KEY, createHandlers, type HandlerOptions } from "./commands";

const NOW = new Date("2026-03-02T09:30:00.000Z");
const HOOK = "https://hooks.example.org/campaignguard";

let host: FakeOfficeHost;
let item: FakeItem;
let outbox: Outbox;
let clock = NOW.getTime();
let posts: { url: string; headers: Record<string, string>; body: WebhookBody }[];
let answer: (n: number) => Promise<{ status: number; body?: string }>;
let forms: unknown[];

function setup(itemOptions: Parameters<typeof fakeItem>[0] = {}, highest = "1.14") {
  item = fakeItem(itemOptions);
  host = installFakeOffice({ mailbox: fakeMailbox(item), requirements: fakeRequirements(highest) });
  forms = [];
  (host.mailbox as unknown as { displayNewMessageForm: (f: unknown) => void }).displayNewMessageForm = (f) =>
    void forms.push(f);
}

const fakeFetch: FetchLike = async (url, init) => {
  posts.push({ url, headers: init.headers, body: JSON.parse(init.body) as WebhookBody });
  const { status, body = "" } = await answer(posts.length);
  return { ok: status >= 200 && status < 300, status, headers: { get: () => null }, text: async () => body };
};

function config(report: Partial<Config["report"]> = {}, rest: Partial<Config> = {}): Config {
  return { ...DEFAULT_CONFIG, ...rest, report: { ...DEFAULT_CONFIG.report, ...report } };
}

function handlers(
  options: Partial<HandlerOptions> = {},
  cfg: Config = config({ mode: "webhook", webhookUrl: HOOK }),
) {
  return createHandlers({
    loadConfig: async () => cfg,
    now: () => NOW,
    outbox,
    fetch: fakeFetch,
    baseUrl: "https://addins.example.org/cg/",
    createPca: createNestablePublicClientApplication,
    ...options,
  });
}

beforeEach(() => {
  clock = NOW.getTime();
  outbox = new Outbox(memoryStore(), { random: () => 0.5, now: () => clock });
  posts = [];
  answer = async () => ({ status: 202 });
});
afterEach(() => {
  host?.uninstall();
  jest.restoreAllMocks();
});

function description(event: { completions: unknown[] }): string {
  return (event.completions[0] as { showPostProcessingDialog: { description: string } })
    .showPostProcessingDialog.description;
}

const completion = (moveItemTo: string, description: unknown = expect.any(String)) => ({
  moveItemTo,
  showPostProcessingDialog: { title: "CampaignGuard", description },
});

describe("onSpamReport (Outlook's Report button)", () => {
  it("sends the adfs-senate.services report to the webhook with the ticks and comment, then moves it to Junk", async () => {
    setup();
    const event = fakeSpamEvent([true, false, true, false], "It asked for my Senate password.");
    await handlers().onSpamReport(event);

    expect(event.completions).toEqual([completion("junkFolder")]);
    expect(description(event)).toBe(
      "Thank you. Your report was sent to hooks.example.org. " +
        "CampaignGuard's verdict: dangerous, likely phishing. The message was moved to Junk Email.",
    );
    expect(posts).toHaveLength(1);
    const { url, headers, body } = posts[0];
    expect(url).toBe(HOOK);
    expect(headers["Idempotency-Key"]).toMatch(/^cg1-[0-9a-f]{32}$/);
    expect(body.eml).toBe(ADFS_EML_BASE64);
    expect(body.options).toEqual({
      ticked: ["signIn", "linkOrFile"],
      values: [true, false, true, false],
      comment: "It asked for my Senate password.",
    });
    expect(body.reporter.address).toBe("dana.whitfield@harperforsenate.org");
    const analysis = body.analysis as {
      verdict: string;
      findings: { rule: string; evidence: { domain?: string } }[];
    };
    expect(analysis.verdict).toBe("dangerous");
    expect(
      analysis.findings.filter((f) => f.rule === "sender-known-spoof").map((f) => f.evidence.domain),
    ).toEqual(["adfs-senate.services"]);
    const [entry] = await outbox.store.values();
    expect(entry).toMatchObject({
      state: "sent",
      report: null,
      key: "mid:20251119094728.3F1C2A7B9E@adfs-senate.services",
    });
  });

  it("analyses with the feed it is given (the pane's last good download), not only the bundled one", async () => {
    setup();
    const withoutSpoofs = { ...bundledFeed(), spoofs: spoofListOf([]) };
    const loadFeed = jest.fn(async () => withoutSpoofs);
    await handlers({ loadFeed }).onSpamReport(fakeSpamEvent());
    // With the configuration's feed settings, which decide whether a stored download may be used.
    expect(loadFeed).toHaveBeenCalledWith(DEFAULT_CONFIG.feed);
    const analysis = posts[0].body.analysis as { findings: { rule: string }[] };
    expect(analysis.findings.map((f) => f.rule)).not.toContain("sender-known-spoof");
  });

  it("keeps the report queued when the webhook answers 500, says when it will be sent, and still moves it", async () => {
    setup();
    answer = async () => ({ status: 500, body: "boom" });
    const event = fakeSpamEvent();
    await handlers().onSpamReport(event);
    expect(event.completions).toEqual([completion("junkFolder")]);
    expect(description(event)).toMatch(
      /^Thank you\. Your report to hooks\.example\.org could not be sent right now; CampaignGuard keeps it and will send it in about a minute\./,
    );
    const [entry] = await outbox.waiting();
    expect(entry).toMatchObject({
      state: "pending",
      attempts: 1,
      lastError: { kind: "server", status: 500 },
    });
    expect(entry.report?.eml?.base64).toBe(ADFS_EML_BASE64);
  });

  it("never sends the same message twice: a second report says when it was sent", async () => {
    setup();
    await handlers().onSpamReport(fakeSpamEvent());
    const again = fakeSpamEvent();
    await handlers().onSpamReport(again);
    expect(posts).toHaveLength(1);
    expect(description(again)).toMatch(
      /^You already reported this message: it was sent to hooks\.example\.org on /,
    );
    expect(again.completions).toEqual([completion("junkFolder")]);
  });

  it("follows afterReport: delete and keep", async () => {
    setup();
    const del = fakeSpamEvent();
    await handlers({}, config({ mode: "webhook", webhookUrl: HOOK, afterReport: "delete" })).onSpamReport(
      del,
    );
    expect(del.completions).toEqual([
      completion("deletedItemsFolder", expect.stringContaining("Deleted Items")),
    ]);
    outbox = new Outbox(memoryStore());
    const keep = fakeSpamEvent();
    await handlers({}, config({ mode: "webhook", webhookUrl: HOOK, afterReport: "keep" })).onSpamReport(keep);
    expect(keep.completions).toEqual([completion("noMove", expect.stringContaining("stays where it is"))]);
  });

  it("compose: opens a forward to the security mailbox with the item attached and does not move it", async () => {
    setup();
    (item as unknown as { itemId: string }).itemId = "AAMkAD-item-1";
    const event = fakeSpamEvent([true, false, false, false], "");
    await handlers(
      {},
      config({ mode: "compose", target: "security@rivera-for-senate.example" }),
    ).onSpamReport(event);
    expect(event.completions).toEqual([completion("noMove")]);
    expect(description(event)).toMatch(
      /^A forward to security@rivera-for-senate\.example is open with the message attached/,
    );
    expect(forms).toEqual([
      expect.objectContaining({
        toRecipients: ["security@rivera-for-senate.example"],
        subject: expect.stringMatching(/^Phishing: /),
        attachments: [{ type: "item", itemId: "AAMkAD-item-1", name: "reported-message" }],
      }),
    ]);
    expect(posts).toEqual([]);
  });

  it("graph without nested app authentication never opens a window: the report waits for the pane", async () => {
    setup();
    const event = fakeSpamEvent();
    await handlers(
      {},
      config({
        mode: "graph",
        target: "security@rivera-for-senate.example",
        clientId: "00000000-0000-0000-0000-000000000001",
      }),
    ).onSpamReport(event);
    expect(description(event)).toMatch(
      /^Thank you\. Your report to security@rivera-for-senate\.example is kept, but sending it needs you to sign in/,
    );
    expect(posts).toEqual([]);
    const [entry] = await outbox.waiting();
    expect(entry).toMatchObject({ mode: "graph", state: "pending", lastError: { kind: "sign-in" } });
  });

  it("reporting turned off, or set up wrong: says so, sends nothing and does not move it", async () => {
    setup();
    const off = fakeSpamEvent();
    await handlers({}, config({ mode: "none" })).onSpamReport(off);
    expect(off.completions).toEqual([completion("noMove", expect.stringContaining("turned off"))]);
    const wrong = fakeSpamEvent();
    await handlers({}, config({ mode: "webhook", webhookUrl: "http://hooks.example.org/x" })).onSpamReport(
      wrong,
    );
    expect(wrong.completions).toEqual([
      completion("noMove", expect.stringContaining("(no https webhook address (report.webhookUrl))")),
    ]);
    expect(posts).toEqual([]);
  });

  it("speaks Spanish when the configuration says so", async () => {
    setup();
    const event = fakeSpamEvent();
    await handlers({}, config({ mode: "webhook", webhookUrl: HOOK }, { language: "es" })).onSpamReport(event);
    expect(description(event)).toBe(
      "Gracias. Su denuncia se envió a hooks.example.org. " +
        "Veredicto de CampaignGuard: peligroso, probablemente phishing. El mensaje se movió a Correo no deseado.",
    );
  });

  it("sends the report without the EML, with the reason, when getAsFileAsync fails", async () => {
    setup({ eml: fails("The item is too large to export.") });
    const event = fakeSpamEvent([false, false, false, true], "");
    await handlers().onSpamReport(event);
    expect(event.completions).toEqual([completion("junkFolder")]);
    expect(posts[0].body.eml).toBeNull();
    expect(posts[0].body.emlUnavailableReason).toBe(
      "Outlook could not export the message file (getAsFileAsync failed: The item is too large to export.).",
    );
    expect(posts[0].body.options.comment).toBeNull();
  });

  it("completes once with an honest failure text when readSnapshot throws", async () => {
    setup();
    jest.spyOn(readSnapshotModule, "readSnapshot").mockRejectedValue(new Error("Outlook is busy"));
    const event = fakeSpamEvent();
    await handlers().onSpamReport(event);
    expect(event.completions).toEqual([
      completion(
        "noMove",
        "CampaignGuard could not prepare a report (Outlook is busy). Nothing was sent and the message was not moved. " +
          "Please tell your security contact about it.",
      ),
    ]);
    expect(posts).toEqual([]);
  });

  it("completes once when no message is open, and when Office itself is missing", async () => {
    host = installFakeOffice({ mailbox: fakeMailbox(null) });
    const event = fakeSpamEvent();
    await handlers().onSpamReport(event);
    expect(event.completions).toEqual([
      completion("noMove", expect.stringContaining("(No message is open)")),
    ]);
    host.uninstall();
    const bare = fakeSpamEvent();
    await handlers().onSpamReport(bare);
    expect(bare.completions).toEqual([
      completion("noMove", expect.stringContaining("could not prepare a report")),
    ]);
  });

  it("does not hang when Outlook never answers: every call times out, the report still goes", async () => {
    setup({ headers: NEVER, bodyHtml: NEVER, bodyText: NEVER, eml: NEVER, shared: NEVER });
    const event = fakeSpamEvent();
    await handlers({ timeoutMs: 10, emlTimeoutMs: 10 }).onSpamReport(event);
    expect(event.completions).toHaveLength(1);
    expect(posts[0].body.emlUnavailableReason).toBe("Outlook did not export the message file in time.");
    const analysis = posts[0].body.analysis as { incomplete: { rule: string }[] };
    expect(analysis.incomplete.map((i) => i.rule)).toContain("headers");
  });

  it("completes at the overall deadline when the receiver never answers; the report stays queued", async () => {
    setup();
    answer = () => new Promise(() => undefined);
    const event = fakeSpamEvent();
    await handlers(
      { deadlineMs: 300 },
      config({ mode: "webhook", webhookUrl: HOOK, timeoutMs: 1000 }),
    ).onSpamReport(event);
    expect(event.completions).toEqual([
      completion("junkFolder", expect.stringContaining("could not be sent right now")),
    ]);
    const [entry] = await outbox.waiting();
    expect(entry.report).not.toBeNull();
  });

  it("does not reject when event.completed throws", async () => {
    setup();
    const event = fakeSpamEvent();
    const completed = jest.fn(() => {
      throw new Error("host gone");
    });
    event.completed = completed;
    await expect(handlers().onSpamReport(event)).resolves.toBeUndefined();
    expect(completed).toHaveBeenCalledTimes(1);
  });
});

describe("onReportMessage (ribbon button)", () => {
  it("sends the report and says where, in a notification, then completes once", async () => {
    setup();
    const event = fakeCommandEvent();
    await handlers().onReportMessage(event);
    expect(event.completions).toEqual([undefined]);
    expect(item.notifications).toEqual([
      {
        key: NOTIFICATION_KEY,
        details: {
          type: "informationalMessage",
          message: "CampaignGuard: report sent to hooks.example.org.",
          icon: NOTIFICATION_ICON,
          persistent: false,
        },
      },
    ]);
    expect(posts[0].body.options.values).toEqual([]);
    expect(item.calls[item.calls.length - 1]).toBe("notificationMessages.replaceAsync");
  });

  it("retries what waits in the outbox: a report queued earlier goes out with the next command", async () => {
    setup();
    answer = async () => ({ status: 503 });
    await handlers().onReportMessage(fakeCommandEvent());
    expect(item.notifications[0].details.message).toBe(
      "CampaignGuard: report kept; it will be sent in about a minute.",
    );
    // Another message, later: the first is due again and goes out after the second.
    setup({
      properties: {
        from: { displayName: "Sam", emailAddress: "sam@example.net" },
        internetMessageId: "<other@example.net>",
      },
    });
    answer = async () => ({ status: 202 });
    clock += 10 * 60_000;
    await handlers().onReportMessage(fakeCommandEvent());
    expect(await outbox.waiting()).toEqual([]);
    expect(
      posts.map((p) => p.body.analysis as { internetMessageId: string }).map((a) => a.internetMessageId),
    ).toEqual([
      "<20251119094728.3F1C2A7B9E@adfs-senate.services>",
      "<other@example.net>",
      "<20251119094728.3F1C2A7B9E@adfs-senate.services>",
    ]);
  });

  it("does not call getAsFileAsync on a client below Mailbox 1.14", async () => {
    setup({}, "1.9");
    const event = fakeCommandEvent();
    await handlers().onReportMessage(event);
    expect(item.calls).not.toContain("getAsFileAsync");
    expect(posts[0].body.emlUnavailableReason).toContain("Mailbox 1.14");
    expect(event.completions).toEqual([undefined]);
  });

  it("completes once and says so when readSnapshot throws", async () => {
    setup();
    jest.spyOn(readSnapshotModule, "readSnapshot").mockRejectedValue(new Error("boom"));
    const event = fakeCommandEvent();
    await handlers().onReportMessage(event);
    expect(event.completions).toEqual([undefined]);
    expect(item.notifications.map((n) => n.details.message)).toEqual([
      "CampaignGuard could not prepare a report for this message. Nothing was sent. Please tell your security contact.",
    ]);
  });

  it("completes once even when the notification fails or never answers", async () => {
    setup({ notify: fails("ArgumentOutOfRange") });
    const event = fakeCommandEvent();
    await handlers().onReportMessage(event);
    expect(event.completions).toEqual([undefined]);

    setup({ notify: NEVER });
    const second = fakeCommandEvent();
    await handlers({ timeoutMs: 10 }).onReportMessage(second);
    expect(second.completions).toEqual([undefined]);
  });

  it("keeps every notice within Outlook's 150 characters, in both languages", async () => {
    for (const language of ["en", "es"] as const) {
      for (const mode of ["compose", "none", "graph"] as const) {
        setup();
        outbox = new Outbox(memoryStore());
        const event = fakeCommandEvent();
        await handlers(
          {},
          config({ mode, target: "security@rivera-for-senate.example", clientId: "x" }, { language }),
        ).onReportMessage(event);
        const message = item.notifications[0].details.message;
        expect(message.length).toBeLessThanOrEqual(150);
        expect(message.trim()).not.toBe("");
      }
    }
  });
});

describe("registration", () => {
  it("associates both handlers at load, and reads config.json beside commands.js in the JavaScript-only runtime", async () => {
    setup();
    (globalThis as unknown as { Office: { context: { urls?: unknown } } }).Office.context.urls = {
      javascriptRuntimeUrl: "https://addins.example.org/campaignguard/commands.js",
    };
    const fetchSpy = jest.spyOn(globalThis, "fetch").mockRejectedValue(new TypeError("offline"));
    let mod: unknown;
    jest.isolateModules(() => {
      mod = jest.requireActual("./classicRuntime");
    });
    expect(mod).toBeDefined();
    expect([...host.associated.keys()].sort()).toEqual(["onReportMessage", "onSpamReport"]);
    expect(host.onReadyCalls).toBe(1);

    // config.json unreachable → defaults (compose, no target): a forward to fill in, nothing moved.
    const event = fakeSpamEvent();
    await host.associated.get("onSpamReport")!(event);
    expect(fetchSpy).toHaveBeenCalledWith("https://addins.example.org/campaignguard/config.json");
    expect(event.completions).toEqual([completion("noMove", expect.stringContaining("A forward is open"))]);
  });

  it("does nothing at load without Office", () => {
    jest.isolateModules(() => {
      expect(() => jest.requireActual("./classicRuntime")).not.toThrow();
    });
  });
});
