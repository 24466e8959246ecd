/**
 * Links hidden in pictures, in the built pane: a QR code in an Outlook message's inline picture
 * (fetched through the fake host's getAttachmentContentAsync) and in an .eml dropped on the
 * standalone analyzer. The decoders load as their own file (qr-pdf.js), and only when needed.
 */
import type { Page } from "playwright-core";
import { emlWithFiles, png, qrGray } from "../test/support/embeddedFixtures";
import { QR_IMAGE_ID, QR_LURE_URL } from "../src/office/testing/messages";
import type { FakeConfig } from "./fake-office/types";
import { screenshot } from "./support/browser";
import { expectVisible } from "./support/expectations";
import { browserHarness, DANGEROUS, OK } from "./support/harness";

const h = browserHarness();
const QR_PNG = Buffer.from(png(qrGray(QR_LURE_URL)));
const DECODER_CHUNK = /\/qr-pdf\.js$/;

/**
 * Opens the pane with the fake Outlook host when `fake` is given, else the standalone page at the
 * server's root, and records the scripts it loads.
 */
async function open(fake?: FakeConfig): Promise<{ page: Page; scripts: string[] }> {
  const session = await h.open(fake ? { officeJs: "fake", fake } : { officeJs: "offline" });
  const scripts: string[] = [];
  session.page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
  });
  await session.page.goto(fake ? h.server.url("taskpane.html") : `${h.server.origin}/`);
  return { page: session.page, scripts };
}

function expectCleanRun(): void {
  expect(h.session?.pageErrors ?? []).toEqual([]);
  expect(h.session?.blocked ?? []).toEqual([]);
}

async function expectQrLink(page: Page): Promise<void> {
  await expectVisible(page, page.getByText(DANGEROUS), `the headline "${DANGEROUS}"`);
  await expectVisible(
    page,
    page.getByRole("listitem").filter({ hasText: "A QR code in the message hides a link to gov-login.com" }),
    "the QR-code finding",
  );
  await page.getByRole("button", { name: /^Links \(/ }).click();
  await expectVisible(
    page,
    page.getByText("From a QR code in image001.png → senate.gov-login.com"),
    "the link list row for the QR code",
  );
}

test("Outlook: a QR code in an inline picture is decoded, checked and listed", async () => {
  const { page, scripts } = await open({
    message: "qr-mfa-lure",
    attachmentContent: { [QR_IMAGE_ID]: QR_PNG.toString("base64") },
  });
  await expectQrLink(page);
  expect(scripts.filter((s) => DECODER_CHUNK.test(s))).toHaveLength(1);
  await screenshot(page, "pane-qr-code");
  expectCleanRun();
});

test("Outlook: a message without pictures never loads the decoders", async () => {
  const { page, scripts } = await open({ message: "github-notification" });
  await expectVisible(page, page.getByText(OK), `the headline "${OK}"`);
  expect(scripts.filter((s) => DECODER_CHUNK.test(s))).toEqual([]);
  expectCleanRun();
});

test("standalone: a dropped .eml with a QR code in an inline picture", async () => {
  const { page } = await open();
  const eml = emlWithFiles('<p>Scan the code to keep access.</p><img src="cid:qr001@mfa">', [
    { name: "image001.png", type: "image/png", bytes: QR_PNG, cid: "qr001@mfa" },
  ]);
  await page.locator('input[type="file"]').setInputFiles({
    name: "mfa.eml",
    mimeType: "message/rfc822",
    buffer: Buffer.from(eml),
  });
  await expectQrLink(page);
  expectCleanRun();
});
