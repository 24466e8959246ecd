import { readBody, readItemContext, readRawHeaders, readSnapshot } from "./readSnapshot";
import { readEml } from "./readEml";
import {
  ADFS_EML_BASE64,
  ADFS_PHISH,
  EXCHANGE_ONLINE_HEADERS,
  NEVER,
  fails,
  fakeItem,
  fakeRequirements,
  installFakeOffice,
  sharedProperties,
  type FakeOfficeHost,
} from "./testing/fakeOffice";

let host: FakeOfficeHost;
beforeEach(() => {
  host = installFakeOffice(); // Office.CoercionType etc.
});
afterEach(() => {
  host.uninstall();
  jest.useRealTimers();
});

const modern = () => fakeRequirements("1.14");

describe("readSnapshot", () => {
  it("reads every field of the adfs-senate.services message", async () => {
    const snapshot = await readSnapshot(fakeItem(), modern());
    expect(snapshot).toEqual({
      source: "outlook",
      rawHeaders: EXCHANGE_ONLINE_HEADERS,
      from: { name: "Senate IT Support", address: "it-support@adfs-senate.services" },
      // Outlook repeats From in item.sender when there is no Sender header: that is not a second address.
      sender: undefined,
      replyTo: [
        { name: "Senate IT Support – Verification", address: "helpdesk-verify@adfs-senate.services" },
      ],
      returnPath: "bounce+7f3a2c@adfs-senate.services",
      to: [{ name: "Dana Whitfield", address: "dana.whitfield@harperforsenate.org" }],
      cc: [],
      subject: "Your Senate password expires today",
      bodyHtml: ADFS_PHISH.bodyHtml,
      attachments: [
        { name: "image001.png", contentType: "image/png", size: 4312, inline: true },
        {
          name: "Password_Policy_2018.docx",
          contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          size: 48213,
          inline: false,
        },
      ],
      internetMessageId: "<20251119094728.3F1C2A7B9E@adfs-senate.services>",
      receivedAt: "2025-11-19T09:47:33.000Z",
    });
  });

  it.each([
    ["an empty string (item in Sent Items)", ""],
    ["only a Subject header (new Outlook bug)", "Subject: Action required\r\n"],
    ["the subject as bare text", "Action required: your senate.gov password expires today"],
    ["no Received, From or Date header", "Subject: x\r\nX-MS-Exchange-Organization-AuthAs: Anonymous\r\n"],
    ["a failure", fails("Internal error", 9020)],
  ])("sets rawHeaders undefined for %s, and still reads the rest", async (_label, headers) => {
    const snapshot = await readSnapshot(fakeItem({ headers }), modern());
    expect(snapshot.rawHeaders).toBeUndefined();
    expect(snapshot.replyTo).toEqual([]);
    expect(snapshot.returnPath).toBeUndefined();
    expect(snapshot.from?.address).toBe("it-support@adfs-senate.services");
    expect(snapshot.bodyHtml).toBe(ADFS_PHISH.bodyHtml);
  });

  it("does not ask for headers without Mailbox 1.8", async () => {
    const item = fakeItem();
    const requirements = fakeRequirements("1.7");
    const snapshot = await readSnapshot(item, requirements);
    expect(requirements.asked).toContain("Mailbox 1.8");
    expect(item.calls).not.toContain("getAllInternetHeadersAsync");
    expect(snapshot.rawHeaders).toBeUndefined();
    expect(snapshot.subject).toBe(ADFS_PHISH.subject);
  });

  it("treats a client without the method as headers unavailable", async () => {
    const snapshot = await readSnapshot(fakeItem({ headers: null }), modern());
    expect(snapshot.rawHeaders).toBeUndefined();
  });

  it("falls back to the text body when the HTML body fails", async () => {
    const item = fakeItem({ bodyHtml: fails("Body too large") });
    const snapshot = await readSnapshot(item, modern());
    expect(item.calls).toEqual(expect.arrayContaining(["body.getAsync(html)", "body.getAsync(text)"]));
    expect(snapshot.bodyHtml).toBeUndefined();
    expect(snapshot.bodyText).toBe(ADFS_PHISH.bodyText);
  });

  it("leaves the body out, and keeps everything else, when both body calls fail", async () => {
    const snapshot = await readSnapshot(fakeItem({ bodyHtml: fails("x"), bodyText: fails("y") }), modern());
    expect(snapshot.bodyHtml).toBeUndefined();
    expect(snapshot.bodyText).toBeUndefined();
    expect(snapshot.rawHeaders).toBe(EXCHANGE_ONLINE_HEADERS);
  });

  it("times out a headers call that never returns (15 s) and still returns a snapshot", async () => {
    jest.useFakeTimers();
    const pending = readSnapshot(fakeItem({ headers: NEVER }), modern());
    let done = false;
    void pending.then(() => (done = true));
    await jest.advanceTimersByTimeAsync(14_000);
    expect(done).toBe(false);
    await jest.advanceTimersByTimeAsync(1_000);
    const snapshot = await pending;
    expect(snapshot.rawHeaders).toBeUndefined();
    expect(snapshot.bodyHtml).toBe(ADFS_PHISH.bodyHtml);
  });

  it("times out a body that never answers in either form", async () => {
    jest.useFakeTimers();
    const pending = readSnapshot(fakeItem({ bodyHtml: NEVER, bodyText: NEVER }), modern(), {
      timeoutMs: 1_000,
    });
    await jest.advanceTimersByTimeAsync(2_000);
    const snapshot = await pending;
    expect(snapshot.bodyHtml).toBeUndefined();
    expect(snapshot.bodyText).toBeUndefined();
    expect(snapshot.rawHeaders).toBe(EXCHANGE_ONLINE_HEADERS);
  });

  it("survives properties that throw or are missing", async () => {
    const item = fakeItem();
    Object.defineProperty(item, "to", {
      get() {
        throw new Error("not available in this folder");
      },
    });
    item.cc = null;
    item.attachments = undefined;
    item.dateTimeCreated = new Date("invalid");
    item.internetMessageId = "";
    const snapshot = await readSnapshot(item, modern());
    expect(snapshot.to).toEqual([]);
    expect(snapshot.cc).toEqual([]);
    expect(snapshot.attachments).toEqual([]);
    expect(snapshot.receivedAt).toBeUndefined();
    expect(snapshot.internetMessageId).toBeUndefined();
    expect(snapshot.from?.address).toBe("it-support@adfs-senate.services");
  });

  it("takes the sender from the From header when Office gives no from", async () => {
    const snapshot = await readSnapshot(fakeItem({ properties: { from: null } }), modern());
    expect(snapshot.from).toEqual({
      name: "Senate IT Support",
      address: "it-support@adfs-senate.services",
    });
  });

  it("keeps a Sender that differs from From (sent on behalf of someone)", async () => {
    const delegate = { displayName: "Press Office", emailAddress: "press@senate.group" };
    const snapshot = await readSnapshot(fakeItem({ properties: { sender: delegate } }), modern());
    expect(snapshot.sender).toEqual({ name: "Press Office", address: "press@senate.group" });
  });

  it("marks an unknown attachment size as -1", async () => {
    const item = fakeItem({
      properties: {
        attachments: [{ name: "a.pdf", contentType: "application/pdf", size: NaN, isInline: false }],
      },
    });
    expect((await readSnapshot(item, modern())).attachments).toEqual([
      { name: "a.pdf", contentType: "application/pdf", size: -1, inline: false },
    ]);
  });

  it("tells a forwarded message (an item attachment) and a cloud file from a file", async () => {
    const item = fakeItem({
      properties: {
        attachments: [
          { name: "Your account", contentType: "", size: 2000, isInline: false, attachmentType: "item" },
          { name: "Budget.xlsx", contentType: "", size: 0, isInline: false, attachmentType: "cloud" },
          {
            name: "a.pdf",
            contentType: "application/pdf",
            size: 10,
            isInline: false,
            attachmentType: "file",
          },
        ],
      },
    });
    expect((await readSnapshot(item, modern())).attachments.map((a) => a.kind)).toEqual([
      "item",
      "cloud",
      undefined,
    ]);
  });

  it("throws only when there is no item", async () => {
    await expect(readSnapshot(null, modern())).rejects.toThrow("No message is open.");
  });

  it("reads a message in a shared mailbox even when the headers call fails there", async () => {
    const item = fakeItem({
      headers: fails("The operation is not supported for delegate access."),
      shared: sharedProperties("press@rivera-for-senate.example"),
    });
    const [snapshot, context] = await Promise.all([readSnapshot(item, modern()), readItemContext(item)]);
    expect(context).toEqual({ shared: true, owner: "press@rivera-for-senate.example" });
    expect(snapshot.rawHeaders).toBeUndefined();
    expect(snapshot.subject).toBe(ADFS_PHISH.subject);
  });
});

describe("readRawHeaders and readBody", () => {
  it("returns the raw block unchanged when it is real", async () => {
    await expect(readRawHeaders(fakeItem(), modern())).resolves.toBe(EXCHANGE_ONLINE_HEADERS);
  });

  it("asks for HTML first", async () => {
    const item = fakeItem();
    await expect(readBody(item)).resolves.toEqual({ bodyHtml: ADFS_PHISH.bodyHtml });
    expect(item.calls).toEqual(["body.getAsync(html)"]);
  });
});

describe("readItemContext", () => {
  it("is not shared when getSharedPropertiesAsync fails (the user's own mailbox)", async () => {
    await expect(readItemContext(fakeItem())).resolves.toEqual({ shared: false });
  });

  it("is not shared when the client has no getSharedPropertiesAsync", async () => {
    const item = fakeItem({ shared: null });
    await expect(readItemContext(item)).resolves.toEqual({ shared: false });
    expect(item.calls).not.toContain("getSharedPropertiesAsync");
  });

  it("gives up after the timeout", async () => {
    jest.useFakeTimers();
    const pending = readItemContext(fakeItem({ shared: NEVER }));
    await jest.advanceTimersByTimeAsync(15_000);
    await expect(pending).resolves.toEqual({ shared: false });
  });
});

describe("readEml", () => {
  it("returns the Base64 EML on Mailbox 1.14", async () => {
    await expect(readEml(fakeItem(), modern())).resolves.toEqual({ base64: ADFS_EML_BASE64 });
  });

  it("does not call getAsFileAsync below 1.14", async () => {
    const item = fakeItem();
    const result = await readEml(item, fakeRequirements("1.13"));
    expect(item.calls).not.toContain("getAsFileAsync");
    expect(result).toEqual({ unavailable: expect.stringContaining("Mailbox 1.14") });
  });

  it("explains a failure and a timeout", async () => {
    await expect(readEml(fakeItem({ eml: fails("Item is too large") }), modern())).resolves.toEqual({
      unavailable: "Outlook could not export the message file (getAsFileAsync failed: Item is too large).",
    });
    await expect(readEml(fakeItem({ eml: NEVER }), modern(), { timeoutMs: 5 })).resolves.toEqual({
      unavailable: "Outlook did not export the message file in time.",
    });
  });
});
