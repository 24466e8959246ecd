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
import { NOTIFICATION_ICON, NOTIFICATION_KEY, createHandlers, type HandlerOptions } from "./commands";
import type { PreparedReport } from "./reportFlow";

const NOW = new Date("2026-03-02T09:30:00.000Z");

let host: FakeOfficeHost;
let item: FakeItem;
let prepared: PreparedReport[];

function setup(itemOptions: Parameters<typeof fakeItem>[0] = {}, highest = "1.14") {
  item = fakeItem(itemOptions);
  host = installFakeOffice({ mailbox: fakeMailbox(item), requirements: fakeRequirements(highest) });
}

function handlers(options: HandlerOptions = {}) {
  return createHandlers({
    loadConfig: async () => DEFAULT_CONFIG,
    onPrepared: (p) => {
      prepared.push(p);
    },
    now: () => NOW,
    ...options,
  });
}

beforeEach(() => {
  prepared = [];
});
afterEach(() => {
  host?.uninstall();
  jest.restoreAllMocks();
});

const SPAM_COMPLETION = (description: unknown) => ({
  moveItemTo: "noMove",
  showPostProcessingDialog: { title: "CampaignGuard", description },
});

describe("onSpamReport (Outlook's Report button)", () => {
  it("reports the adfs-senate.services message as dangerous, with the user's ticks and comment", async () => {
    setup();
    const event = fakeSpamEvent([true, false, true, false], "It asked for my Senate password.");
    await handlers().onSpamReport(event);

    expect(event.completions).toEqual([SPAM_COMPLETION(expect.any(String))]);
    const { description } = (event.completions[0] as { showPostProcessingDialog: { description: string } })
      .showPostProcessingDialog;
    expect(description).toMatch(
      /^CampaignGuard's verdict: Dangerous, likely phishing \(\d+ warning signs\)\. /,
    );
    expect(description).toContain(
      "A report with a copy of the message was prepared, " +
        "but sending reports to your security team is not set up yet, so nothing was sent. The message was not moved.",
    );

    expect(prepared).toHaveLength(1);
    const { report, analysis } = prepared[0];
    expect(analysis.verdict).toBe("dangerous");
    expect(report.verdict).toBe("dangerous");
    // Reply-To and Return-Path come only from the raw headers: the engine sees them through readSnapshot.
    const spoofed = report.findings.filter((f) => f.rule === "sender-known-spoof");
    expect(spoofed.map((f) => [f.evidence.domain, f.evidence.headers])).toEqual([
      ["adfs-senate.services", ["From", "Reply-To", "Return-Path"]],
    ]);
    expect(report.userOptions).toEqual([true, false, true, false]);
    expect(report.userComment).toBe("It asked for my Senate password.");
    expect(report.reporter).toBe("alex@rivera-for-senate.example");
    expect(report.reportedAt).toBe(NOW.toISOString());
    expect(report.eml).toEqual({
      base64: ADFS_EML_BASE64,
      bytes: Buffer.from(ADFS_EML_BASE64, "base64").length,
    });
    expect(report.key).toBe("mid:20180820140302.4F2A1C0A7@mail.adfs-senate.services");
  });

  it("completes once, with the report but no EML, when getAsFileAsync fails", async () => {
    setup({ eml: fails("The item is too large to export.") });
    const event = fakeSpamEvent([false, false, false, true], "");
    await handlers().onSpamReport(event);

    expect(event.completions).toEqual([
      SPAM_COMPLETION(expect.stringContaining("(without a copy of the message)")),
    ]);
    expect(prepared[0].report.eml).toBeNull();
    expect(prepared[0].report.emlUnavailableReason).toBe(
      "Outlook could not export the message file (getAsFileAsync failed: The item is too large to export.).",
    );
    expect(prepared[0].report.userComment).toBeNull();
  });

  it("completes once with an honest failure text when readSnapshot throws", async () => {
    setup();
    jest.spyOn(readSnapshotModule, "readSnapshot").mockRejectedValue(new Error("Outlook is busy"));
    const event = fakeSpamEvent();
    await handlers().onSpamReport(event);

    expect(event.completions).toEqual([
      SPAM_COMPLETION(
        "CampaignGuard could not prepare a report (Outlook is busy). Nothing was sent and the message was not moved. " +
          "Please tell your security contact about it.",
      ),
    ]);
    expect(prepared).toEqual([]);
  });

  it("completes once when no message is open", async () => {
    host = installFakeOffice({ mailbox: fakeMailbox(null) });
    const event = fakeSpamEvent();
    await handlers().onSpamReport(event);
    expect(event.completions).toEqual([SPAM_COMPLETION(expect.stringContaining("(No message is open)"))]);
  });

  it("completes once when Office itself is missing", async () => {
    const event = fakeSpamEvent();
    await handlers().onSpamReport(event);
    expect(event.completions).toEqual([
      SPAM_COMPLETION(expect.stringContaining("could not prepare a report")),
    ]);
  });

  it("does not hang when Outlook never answers: every call times out and it still completes", async () => {
    setup({ headers: NEVER, bodyHtml: NEVER, bodyText: NEVER, eml: NEVER, shared: NEVER });
    const event = fakeSpamEvent();
    await handlers({ timeoutMs: 10 }).onSpamReport(event);
    expect(event.completions).toHaveLength(1);
    expect(prepared[0].report.verdict).toBe("dangerous");
    expect(prepared[0].report.incomplete.map((i) => i.rule)).toContain("headers");
    expect(event.completions[0]).toEqual(
      SPAM_COMPLETION(expect.stringContaining("Some checks could not be done")),
    );
  });

  it("completes at the overall deadline when the flow is stuck", async () => {
    setup();
    const event = fakeSpamEvent();
    await handlers({ deadlineMs: 20, onPrepared: () => new Promise<void>(() => undefined) }).onSpamReport(
      event,
    );
    expect(event.completions).toEqual([SPAM_COMPLETION(expect.stringContaining("did not answer within"))]);
  });

  it("treats missing options and free text as none", async () => {
    setup();
    const event = fakeSpamEvent();
    delete (event as Partial<typeof event>).options;
    delete (event as Partial<typeof event>).freeText;
    await handlers().onSpamReport(event);
    expect(prepared[0].report.userOptions).toEqual([]);
    expect(prepared[0].report.userComment).toBeNull();
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
  it("shows the verdict as a notification, then completes once with no options", async () => {
    setup();
    const event = fakeCommandEvent();
    await handlers().onReportMessage(event);

    expect(event.completions).toEqual([undefined]);
    expect(item.notifications).toEqual([
      {
        key: NOTIFICATION_KEY,
        details: {
          type: "informationalMessage",
          message:
            "CampaignGuard: dangerous, likely phishing. Report prepared, but sending it isn't set up yet: nothing was sent.",
          icon: NOTIFICATION_ICON,
          persistent: false,
        },
      },
    ]);
    expect(prepared[0].report.verdict).toBe("dangerous");
    expect(prepared[0].report.userOptions).toEqual([]);
    // The notification comes after the work, and completed after the notification.
    expect(item.calls[item.calls.length - 1]).toBe("notificationMessages.replaceAsync");
  });

  it("completes once, report without EML, when getAsFileAsync fails", async () => {
    setup({ eml: fails("Internal error") });
    const event = fakeCommandEvent();
    await handlers().onReportMessage(event);
    expect(event.completions).toEqual([undefined]);
    expect(prepared[0].report.eml).toBeNull();
    expect(item.notifications).toHaveLength(1);
  });

  it("does not call getAsFileAsync on a client below Mailbox 1.14", async () => {
    setup({}, "1.9");
    const event = fakeCommandEvent();
    await handlers().onReportMessage(event);
    expect(item.calls).not.toContain("getAsFileAsync");
    expect(prepared[0].report.emlUnavailableReason).toContain("Mailbox 1.14");
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

  it("keeps every notice within Outlook's 150 characters", async () => {
    setup({ headers: "" }); // incomplete analysis: the longest success text
    const event = fakeCommandEvent();
    await handlers().onReportMessage(event);
    const message = item.notifications[0].details.message;
    expect(message).toContain("(some checks could not run)");
    expect(message.length).toBeLessThanOrEqual(150);
  });
});

describe("registration", () => {
  it("associates both handlers at load and calls Office.onReady harmlessly", async () => {
    setup();
    const fetchSpy = jest.spyOn(globalThis, "fetch").mockRejectedValue(new TypeError("offline"));
    let mod: typeof import("./commands") | undefined;
    jest.isolateModules(() => {
      mod = jest.requireActual<typeof import("./commands")>("./commands");
    });
    expect(mod).toBeDefined();
    expect([...host.associated.keys()].sort()).toEqual(["onReportMessage", "onSpamReport"]);
    expect(host.onReadyCalls).toBe(1);

    // The registered handler uses config.json (here: unreachable → defaults) and completes once.
    const event = fakeSpamEvent();
    await host.associated.get("onSpamReport")!(event);
    expect(fetchSpy).toHaveBeenCalledWith("config.json");
    expect(event.completions).toEqual([
      SPAM_COMPLETION(expect.stringContaining("Dangerous, likely phishing")),
    ]);
  });

  it("does nothing at load without Office", () => {
    jest.isolateModules(() => {
      expect(() => jest.requireActual("./commands")).not.toThrow();
    });
  });
});
