import { png, linkPdf, qrGray } from "../../test/support/embeddedFixtures";
import { readEmbeddedLinks } from "./readEmbedded";
import { readSnapshot } from "./readSnapshot";
import {
  ADFS_PHISH,
  NEVER,
  fails,
  fakeItem,
  fakeRequirements,
  installFakeOffice,
  type FakeOfficeHost,
} from "./testing/fakeOffice";

const LURE = "https://senate.gov-login.com/adfs/ls/";
const [IMAGE] = ADFS_PHISH.attachments.map((a) => a.id);
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");
const content = (bytes: Uint8Array): Office.AttachmentContent => ({
  format: "base64",
  content: base64(bytes),
});
const PDF = {
  id: "AAMkPDF1",
  attachmentType: "file",
  name: "invoice.pdf",
  contentType: "application/pdf",
  size: 900,
  isInline: false,
};

let host: FakeOfficeHost;
beforeEach(() => {
  host = installFakeOffice();
});
afterEach(() => {
  host.uninstall();
  jest.useRealTimers();
});

const modern = () => fakeRequirements("1.14");

describe("readEmbeddedLinks", () => {
  it("decodes the QR code of an inline picture fetched with getAttachmentContentAsync", async () => {
    const item = fakeItem({ attachmentContent: { [IMAGE]: content(png(qrGray(LURE))) } });
    expect(await readEmbeddedLinks(item, modern(), undefined)).toEqual([
      { href: LURE, source: "qr", container: "image001.png" },
    ]);
    // The .docx is neither a picture nor a PDF: it is never fetched.
    expect(item.calls).toEqual([`getAttachmentContentAsync(${IMAGE})`]);
  });

  it("reads PDF link actions and the body's data: pictures", async () => {
    const item = fakeItem({
      properties: { attachments: [...ADFS_PHISH.attachments, PDF] },
      attachmentContent: { [PDF.id]: content(linkPdf("(https://billing-portal.example/pay)")) },
    });
    const html = `<img src="data:image/png;base64,${base64(png(qrGray("https://mfa-revalidate.example/")))}">`;
    expect(await readEmbeddedLinks(item, modern(), html)).toEqual([
      { href: "https://billing-portal.example/pay", source: "pdf", container: "invoice.pdf" },
      { href: "https://mfa-revalidate.example/", source: "qr", container: "" },
    ]);
  });

  it("skips item and cloud attachments, and files over the size limit, without fetching them", async () => {
    const item = fakeItem({
      properties: {
        attachments: [
          {
            id: "i1",
            attachmentType: "item",
            name: "Fwd.png",
            contentType: "image/png",
            size: 10,
            isInline: false,
          },
          {
            id: "c1",
            attachmentType: "cloud",
            name: "Scan.pdf",
            contentType: "application/pdf",
            size: 10,
            isInline: false,
          },
          {
            id: "b1",
            attachmentType: "file",
            name: "poster.png",
            contentType: "image/png",
            size: 50_000_000,
            isInline: false,
          },
        ],
      },
    });
    expect(await readEmbeddedLinks(item, modern(), undefined)).toEqual([]);
    expect(item.calls).toEqual([]);
  });

  it("gives nothing, and never throws, when Outlook cannot give the content", async () => {
    jest.useFakeTimers();
    const cases = [
      fakeItem(), // unknown id: the call fails
      fakeItem({ attachmentContent: { [IMAGE]: fails("AttachmentTypeNotSupported") } }),
      fakeItem({
        attachmentContent: { [IMAGE]: { format: "url", content: "https://attachments.office.net/x" } },
      }),
      fakeItem({ attachmentContent: { [IMAGE]: { format: "base64", content: "not base64!" } } }),
      fakeItem({ attachmentContent: null }),
    ];
    for (const item of cases) expect(await readEmbeddedLinks(item, modern(), undefined)).toEqual([]);
    const silent = readEmbeddedLinks(
      fakeItem({ attachmentContent: { [IMAGE]: NEVER } }),
      modern(),
      undefined,
    );
    await jest.advanceTimersByTimeAsync(60_000);
    expect(await silent).toEqual([]);
  });

  it("does not ask a client below Mailbox 1.8", async () => {
    const item = fakeItem({ attachmentContent: { [IMAGE]: content(png(qrGray(LURE))) } });
    expect(await readEmbeddedLinks(item, fakeRequirements("1.7"), undefined)).toEqual([]);
    expect(item.calls).toEqual([]);
  });
});

describe("readSnapshot with readEmbedded", () => {
  it("adds the embedded links to the snapshot, reading the body first", async () => {
    const item = fakeItem({ attachmentContent: { [IMAGE]: content(png(qrGray(LURE))) } });
    const requirements = modern();
    const snapshot = await readSnapshot(item, requirements, {
      readEmbedded: (read, bodyHtml) => {
        expect(bodyHtml).toBe(ADFS_PHISH.bodyHtml);
        return readEmbeddedLinks(read, requirements, bodyHtml);
      },
    });
    expect(snapshot.embeddedLinks).toEqual([{ href: LURE, source: "qr", container: "image001.png" }]);
    expect(snapshot.bodyHtml).toBe(ADFS_PHISH.bodyHtml);
  });

  it("leaves them out when there are none, when the reader fails, and when no reader is given", async () => {
    expect(
      (await readSnapshot(fakeItem(), modern(), { readEmbedded: async () => [] })).embeddedLinks,
    ).toBeUndefined();
    const failing = await readSnapshot(fakeItem(), modern(), {
      readEmbedded: () => Promise.reject(new Error("boom")),
    });
    expect(failing.embeddedLinks).toBeUndefined();
    expect(failing.subject).toBe(ADFS_PHISH.subject);
    const item = fakeItem({ attachmentContent: { [IMAGE]: content(png(qrGray(LURE))) } });
    expect((await readSnapshot(item, modern())).embeddedLinks).toBeUndefined();
    expect(item.calls).not.toContain(`getAttachmentContentAsync(${IMAGE})`);
  });
});
