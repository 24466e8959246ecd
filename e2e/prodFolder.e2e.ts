/**
 * The folder `npm run build:prod` writes (issue 17, item 6), served by a plain static server under a
 * sub-path, as an admin's host would: the pane works from it with the fake Outlook host, and every
 * request it makes stays under that sub-path.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { writeHostFolder } from "../src/cli/manifest/hostFolder";
import { launchBrowser, openSession } from "./support/browser";
import { expectVisible } from "./support/expectations";
import { OK } from "./support/harness";
import { REPO_ROOT } from "./support/repoRoot";
import { DIST_DIR, startServer, type StaticServer } from "./support/server";

jest.setTimeout(60_000);
const SUB_PATH = "campaignguard";
let root: string;
let browser: Browser;
let server: StaticServer;
let files: string[];

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), "cg-prod-"));
  const folder = writeHostFolder(
    DIST_DIR,
    path.join(root, SUB_PATH),
    `https://addins.example.org/${SUB_PATH}/`,
    readFileSync(path.join(REPO_ROOT, "manifest.xml"), "utf8"),
    { name: "Harper for Senate phishing check", supportUrl: "https://it.harperforsenate.org/phishing" },
  );
  files = folder.files;
  // The test server insists on a taskpane.html at its root; this one is not the pane, so a page under
  // the sub-path that loaded anything from the root would fail.
  writeFileSync(path.join(root, "taskpane.html"), "not the pane");
  server = await startServer(root);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(root, { recursive: true, force: true });
});

test("holds the pages, bundles, icons and production manifest, and no CLI or development manifest", () => {
  expect(files).toEqual(
    expect.arrayContaining(["taskpane.html", "commands.html", "index.html", "manifest.xml", "config.json"]),
  );
  expect(files.filter((f) => f.startsWith("cli/"))).toEqual([]);
  const manifest = readFileSync(path.join(root, SUB_PATH, "manifest.xml"), "utf8");
  expect(manifest).not.toMatch(/localhost/i);
  expect(manifest).toContain(`https://addins.example.org/${SUB_PATH}/taskpane.html`);
  expect(manifest).toContain('<DisplayName DefaultValue="Harper for Senate phishing check"/>');
  expect(manifest).toContain('<SupportUrl DefaultValue="https://it.harperforsenate.org/phishing"/>');
  // No page may connect anywhere but its own origin: the template config.json names no feed or webhook.
  for (const page of ["taskpane.html", "commands.html", "index.html"])
    expect(readFileSync(path.join(root, SUB_PATH, page), "utf8")).toContain("connect-src 'self';");
});

test("the pane works from the sub-path of a plain static server", async () => {
  const session = await openSession(browser, server, {
    officeJs: "fake",
    fake: { message: "github-notification" },
  });
  try {
    await session.page.goto(server.url(`${SUB_PATH}/taskpane.html`));
    await expectVisible(session.page, session.page.getByText(OK), `the headline "${OK}"`);
    const outside = server.requests.filter((r) => !r.startsWith(`/${SUB_PATH}/`));
    expect(outside).toEqual([]);
    // The pane read the folder's config.json template.
    expect(server.requests).toContain(`/${SUB_PATH}/config.json`);
    expect(session.pageErrors).toEqual([]);
    expect(session.blocked).toEqual([]);
  } finally {
    await session.close();
  }
});
