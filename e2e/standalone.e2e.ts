/**
 * The standalone message check at the server's root, in a plain browser: it loads no Microsoft script
 * and checks .eml files chosen with the file input or dropped on the drop zone.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { MESSAGES, toEml } from "../src/office/testing/messages";
import { screenshot } from "./support/browser";
import { expectNotVisible, expectVisible } from "./support/expectations";
import { ANY_HEADLINE, browserHarness, DANGEROUS, OK } from "./support/harness";

const HEADING = "CampaignGuard message check";
/** The pane's way of saying a file could not be checked. */
const FILE_ERROR = /could not (check|read)/i;

const PHISHING_TUNE = path.resolve(__dirname, "../../shared/data/phishing-tune");

const h = browserHarness();
let tmp: string;
const files = { spoof: "", clean: "", empty: "", binary: "" };

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), "campaignguard-e2e-"));
  files.spoof = path.join(tmp, "Your Senate password expires today.eml");
  files.clean = path.join(tmp, "github-notification.eml");
  files.empty = path.join(tmp, "empty.eml");
  files.binary = path.join(tmp, "scan.eml");
  writeFileSync(files.spoof, toEml(MESSAGES["adfs-senate-phish"]));
  writeFileSync(files.clean, toEml(MESSAGES["github-notification"]));
  writeFileSync(files.empty, "");
  // Random bytes with NULs sprinkled in: what a renamed PDF or image looks like to the pane.
  const binary = Buffer.alloc(8192);
  for (let i = 0; i < binary.length; i++) binary[i] = Math.floor(Math.random() * 256);
  for (let i = 0; i < binary.length; i += 97) binary[i] = 0;
  writeFileSync(files.binary, binary);
});

afterAll(async () => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Every URL the page asked for, to prove that no Microsoft script was loaded. */
let requested: string[] = [];

/** The server's root, as a person opens it in any browser. */
async function openStandalone(): Promise<Page> {
  const session = await h.open({ officeJs: "offline" });
  requested = [];
  session.page.on("request", (request) => requested.push(request.url()));
  await session.page.goto(`${h.server.origin}/`);
  const page = session.page;
  await expectVisible(page, page.getByRole("heading", { name: HEADING }), `the heading "${HEADING}"`);
  return page;
}

/** No uncaught exception in the page, no request that tried to leave the machine, no office.js. */
function expectCleanRun(): void {
  expect(h.session?.pageErrors ?? []).toEqual([]);
  expect(h.session?.blocked ?? []).toEqual([]);
  expect(requested.filter((url) => !url.startsWith(`${h.server.origin}/`))).toEqual([]);
}

/** Drops a file on the drop zone the way a browser does: dragenter, dragover, drop with a DataTransfer. */
async function dropFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, base64 }) => {
      const binary = atob(base64);
      const content = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) content[i] = binary.charCodeAt(i);
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], name, { type: "message/rfc822" }));
      return transfer;
    },
    { name, base64: bytes.toString("base64") },
  );
  const zone = page.getByTestId("drop-zone");
  await zone.dispatchEvent("dragenter", { dataTransfer });
  await zone.dispatchEvent("dragover", { dataTransfer });
  await zone.dispatchEvent("drop", { dataTransfer });
  await dataTransfer.dispose();
}

/** The pane still offers a way to pick a file: the visible button and the file input behind it. */
async function expectFilePicker(page: Page): Promise<void> {
  await expectVisible(page, page.getByTestId("drop-zone"), "the drop zone");
  await expectVisible(page, page.getByRole("button", { name: /choose/i }), "a button to choose a file");
  expect(await page.getByTestId("eml-input").count()).toBe(1);
}

test("the root page is the standalone analyzer, and loads nothing from outside the server", async () => {
  const page = await openStandalone();
  await expectFilePicker(page);
  await expectNotVisible(page, page.getByText(ANY_HEADLINE), "a verdict before any file was chosen");
  expect(await page.evaluate(() => "Office" in window)).toBe(false);
  expectCleanRun();
});

test("choosing the adfs-senate.services .eml shows the dangerous headline, then the next file can be checked", async () => {
  const page = await openStandalone();
  await page.getByTestId("eml-input").setInputFiles(files.spoof);
  await expectVisible(page, page.getByText(DANGEROUS), `the headline "${DANGEROUS}"`);
  await expectVisible(
    page,
    page.getByText("adfs-senate.services").first(),
    'the domain "adfs-senate.services"',
  );
  await screenshot(page, "standalone-spoof");

  // The file picker stays beside the result: the next file is one click away.
  await expectFilePicker(page);
  await page.getByTestId("eml-input").setInputFiles(files.clean);
  await expectVisible(page, page.getByText(OK), `the headline "${OK}" for the next file`);
  await expectNotVisible(page, page.getByText(DANGEROUS), `the previous file's headline "${DANGEROUS}"`);
  expectCleanRun();
});

test("dropping a clean .eml on the drop zone shows the no-warning headline", async () => {
  const page = await openStandalone();
  await dropFile(page, path.basename(files.clean), readFileSync(files.clean));
  await expectVisible(page, page.getByText(OK), `the headline "${OK}"`);
  await expectNotVisible(page, page.getByText(DANGEROUS), `the headline "${DANGEROUS}"`);
  await screenshot(page, "standalone-drop-clean");
  expectCleanRun();
});

test("an empty file and a binary file give a plain error, and another file can still be checked", async () => {
  const page = await openStandalone();

  await page.getByTestId("eml-input").setInputFiles(files.empty);
  await expectVisible(page, page.getByText(/empty/i), "an error saying the file is empty");
  await expectNotVisible(page, page.getByText(ANY_HEADLINE), "a verdict for an empty file");
  await expectFilePicker(page);
  await screenshot(page, "standalone-error-empty");

  await page.getByTestId("eml-input").setInputFiles(files.binary);
  await expectVisible(
    page,
    page.getByText(/not an email|binary/i),
    "an error saying the file is not an email",
  );
  await expectNotVisible(page, page.getByText(ANY_HEADLINE), "a verdict for a binary file");
  await expectFilePicker(page);
  await screenshot(page, "standalone-error-binary");

  // Nothing crashed: the next file is checked as usual.
  await page.getByTestId("eml-input").setInputFiles(files.spoof);
  await expectVisible(page, page.getByText(DANGEROUS), `the headline "${DANGEROUS}" for the next file`);
  await expectNotVisible(page, page.getByText(FILE_ERROR), "the earlier error");
  expectCleanRun();
});

test("a real phishing message dropped from shared/data/phishing-tune gets a verdict (when the folder is present)", async () => {
  const page = await openStandalone();
  await expectFilePicker(page);

  const sample = existsSync(PHISHING_TUNE)
    ? readdirSync(PHISHING_TUNE)
        .filter((f) => f.endsWith(".eml") && statSync(path.join(PHISHING_TUNE, f)).isFile())
        .sort()[0]
    : undefined;
  if (!sample) {
    console.log("shared/data/phishing-tune not found: skipping real-phish drop");
    expectCleanRun();
    return;
  }
  // Read at test time only; never copied into the repository.
  await dropFile(page, sample, readFileSync(path.join(PHISHING_TUNE, sample)));
  await expectVisible(page, page.getByText(ANY_HEADLINE), `a verdict headline for ${sample}`);
  await expectNotVisible(page, page.getByText(FILE_ERROR), `an error for ${sample}`);
  await screenshot(page, "standalone-real-phish");
  expectCleanRun();
});
