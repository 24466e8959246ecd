/**
 * Every page under its Content-Security-Policy (issue 17, item 4): the pages work with no
 * `securitypolicyviolation` at all, an injected inline script or eval is refused, and in a folder
 * from build:prod the pane cannot reach an origin its config.json does not name.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { writeHostFolder } from "../src/cli/manifest/hostFolder";
import { openSession, type PaneOptions } from "./support/browser";
import { eventually, expectVisible } from "./support/expectations";
import { browserHarness, OK } from "./support/harness";
import { REPO_ROOT } from "./support/repoRoot";
import { DIST_DIR, startServer, type StaticServer } from "./support/server";

interface Violation {
  directive: string;
  blocked: string;
}

declare global {
  interface Window {
    __cspViolations?: Violation[];
    __inlineRan?: boolean;
  }
}

const HOOKS = "https://hooks.campaignguard.test";
const ELSEWHERE = "https://elsewhere.campaignguard.test";
const h = browserHarness();

/** Opens `file` with every violation recorded from before the first script runs. */
async function openPage(file: string, options: PaneOptions, server: StaticServer = h.server): Promise<Page> {
  const session = await openSession(h.browser, server, options);
  h.session = session;
  await session.page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      window.__cspViolations?.push({ directive: event.effectiveDirective, blocked: event.blockedURI }),
    );
  });
  await session.page.goto(server.url(file));
  return session.page;
}

const violations = (page: Page) => page.evaluate(() => window.__cspViolations ?? []);

/** The page's own policy, from its first <meta>. */
const pagePolicy = (page: Page) =>
  page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");

const fake: PaneOptions = { officeJs: "fake", fake: { message: "github-notification" } };

test("the task pane checks a message under its policy with no violation", async () => {
  const page = await openPage("taskpane.html", fake);
  await expectVisible(page, page.getByText(OK), `the headline "${OK}"`);
  expect(await pagePolicy(page)).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
  expect(await violations(page)).toEqual([]);
  expect(h.session?.pageErrors).toEqual([]);
});

test("the standalone page runs without any Microsoft script and no violation", async () => {
  const page = await openPage("index.html", { officeJs: "offline" });
  await expectVisible(
    page,
    page.getByRole("heading", { name: "CampaignGuard message check" }),
    "the heading",
  );
  expect(await pagePolicy(page)).toContain("script-src 'self';");
  expect(await pagePolicy(page)).toContain("connect-src 'self';");
  expect(await violations(page)).toEqual([]);
});

test("the commands page registers its handlers with no violation", async () => {
  const page = await openPage("commands.html", fake);
  await eventually(
    () => page.evaluate(() => window.__CG_FAKE_HOST__?.actionNames() ?? []),
    (names) => names.length > 0,
    "commands.js to associate its actions",
  );
  expect(await violations(page)).toEqual([]);
});

test("the sign-in dialog and the help page load with no violation; help gets its styles", async () => {
  const dialog = await openPage("auth-dialog.html", fake);
  await dialog.waitForLoadState("load");
  expect(await violations(dialog)).toEqual([]);
  await h.session?.close();
  const help = await openPage("help.html", { officeJs: "offline" });
  expect(await help.locator("body").evaluate((b) => getComputedStyle(b).maxWidth)).toBe("640px");
  expect(await pagePolicy(help)).not.toContain("script-src");
  expect(await violations(help)).toEqual([]);
});

test("an injected inline script and inline event handler are refused", async () => {
  const page = await openPage("taskpane.html", fake);
  await expectVisible(page, page.getByText(OK), `the headline "${OK}"`);
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__inlineRan = true;";
    document.body.append(script);
    const image = document.createElement("img");
    image.setAttribute("onerror", "window.__inlineRan = true;");
    image.src = "data:,not-an-image";
    document.body.append(image);
  });
  await eventually(
    () => violations(page),
    (found) => found.length === 2,
    "two violations",
  );
  expect(await violations(page)).toEqual([
    { directive: "script-src-elem", blocked: "inline" },
    { directive: "script-src-attr", blocked: "inline" },
  ]);
  expect(await page.evaluate(() => window.__inlineRan)).toBeUndefined();
});

describe("a folder from build:prod", () => {
  let root: string;
  let server: StaticServer;

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), "cg-csp-"));
    writeHostFolder(
      DIST_DIR,
      root,
      "https://addins.example.org/",
      readFileSync(path.join(REPO_ROOT, "manifest.xml"), "utf8"),
      { config: JSON.stringify({ report: { mode: "webhook", webhookUrl: `${HOOKS}/reports` } }) },
    );
    server = await startServer(root);
  });

  afterAll(async () => {
    await server?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  test("lets the pane reach the webhook its config names and nothing else", async () => {
    const page = await openPage("taskpane.html", fake, server);
    await expectVisible(page, page.getByText(OK), `the headline "${OK}"`);
    await h.session?.context.route(`${HOOKS}/**`, (route) =>
      route.fulfill({ status: 204, headers: { "Access-Control-Allow-Origin": "*" } }),
    );
    const outcome = (url: string) =>
      page.evaluate(
        (target) =>
          fetch(target, { method: "POST", body: "{}" }).then(
            (r) => r.status,
            (e: Error) => e.name,
          ),
        url,
      );
    expect(await outcome(`${HOOKS}/reports`)).toBe(204);
    expect(await outcome(`${ELSEWHERE}/collect`)).toBe("TypeError");
    expect(await violations(page)).toEqual([{ directive: "connect-src", blocked: `${ELSEWHERE}/collect` }]);
    // Refused by the page itself: the request never reached the network.
    expect(h.session?.blocked).toEqual([]);
  });
});
