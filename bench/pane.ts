/**
 * The pane's weight and speed, from the production build in dist/ (run `npm run build` first):
 *
 * - JavaScript the page fetched before its first view (office.js excluded; chunks loaded on demand,
 *   such as the IDNA tables for an international host, included), gzip -9, beside the official Office
 *   React template's 167,250 bytes; both commands bundles (classic Outlook's commands.js, and
 *   commands-web.js with the chunks it loads on need) beside half of 270 KB before the redesign.
 * - Time from Office ready to the verdict shown, in Debian's Chromium with the fake Office host, for
 *   typical messages, beside the same pane showing "select a message" (no read, no analysis) in the
 *   same run.
 *
 *   npm run bench -- pane
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import type { MessageKey } from "../src/office/testing/messages";
import { launchBrowser, openSession } from "../e2e/support/browser";
import { DIST_DIR, startServer, type StaticServer } from "../e2e/support/server";
import { OFFICE_READY_MARK, SETTLED_MARK } from "../src/taskpane/performanceMarks";

/** The official Office React template: polyfill 81,649 + react 47,523 + taskpane 38,078 (gzip -9). */
const TEMPLATE_BYTES = 167_250;
const LATER_TARGET_BYTES = 100_000;
/** commands.js before the redesign, gzip -9; the target is half of it. */
const COMMANDS_BEFORE_BYTES = 270_000;
const VERDICT_TARGET_MS = 100;
const RUNS = 15;

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const gzipBytes = (file: string) => gzipSync(readFileSync(path.join(DIST_DIR, file)), { level: 9 }).length;

/** Scripts taskpane.html names itself (old-outlook.js, taskpane.js), not office.js. */
function pageScripts(): string[] {
  const html = readFileSync(path.join(DIST_DIR, "taskpane.html"), "utf8");
  // The minified page leaves attribute values unquoted (`<script defer src=taskpane.js>`).
  return [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((src) => !/^https?:/.test(src))
    .map((src) => src.replace(/^\.?\//, ""));
}

interface Settled {
  ms: number;
  /** From the page's navigation start: everything, including what runs before Office is ready. */
  fromStart: number;
  /** Our JavaScript files the page had loaded when the view settled: its own scripts and chunks. */
  scripts: string[];
}

/** Milliseconds from Office ready to the pane's first settled view, in a fresh page. */
async function timeToSettled(
  browser: Browser,
  server: StaticServer,
  message: MessageKey | null,
): Promise<Settled> {
  const session = await openSession(browser, server, { officeJs: "fake", fake: { message } });
  try {
    // Told by the page, not polled: Playwright's first evaluate in a page injects a script that took
    // 17–23 ms of the pane's main thread, right in the window being timed.
    await session.context.addInitScript(
      `new PerformanceObserver((list) => { if (list.getEntriesByName(${JSON.stringify(SETTLED_MARK)}).length > 0) ` +
        `console.debug(${JSON.stringify(SETTLED_MARK)}); }).observe({ type: "mark" });`,
    );
    const settled = session.page.waitForEvent("console", {
      predicate: (m) => m.text() === SETTLED_MARK,
      timeout: 60_000,
    });
    await session.page.goto(server.url("taskpane.html"));
    await settled;
    const { ms, fromStart, urls } = await session.page.evaluate(
      ([ready, settled]) => {
        const at = performance.getEntriesByName(settled)[0].startTime;
        return {
          ms: at - performance.getEntriesByName(ready)[0].startTime,
          fromStart: at,
          // Loaded by the time the view settled; what is fetched once it shows (reporting) is not.
          urls: performance
            .getEntriesByType("resource")
            .filter((entry) => (entry as PerformanceResourceTiming).responseEnd <= at)
            .map((entry) => entry.name),
        };
      },
      [OFFICE_READY_MARK, SETTLED_MARK],
    );
    const scripts = urls
      .filter((url) => url.startsWith(server.url("")))
      .map((url) => new URL(url).pathname.slice(1))
      .filter((file) => file.endsWith(".js"));
    return { ms, fromStart, scripts: [...new Set(scripts)].sort() };
  } finally {
    await session.close();
  }
}

function weightLine(name: string, scripts: string[]): string {
  const bytes = scripts.reduce((sum, file) => sum + gzipBytes(file), 0);
  const verdict = bytes <= TEMPLATE_BYTES ? "within" : "OVER";
  return (
    `  ${name.padEnd(28)} ${kb(bytes).padStart(9)}  = ${(bytes / TEMPLATE_BYTES).toFixed(2)} x the template: ` +
    `${verdict} target${bytes <= LATER_TARGET_BYTES ? ", within the later 100 kB" : ""}  (${scripts.join(" ")})`
  );
}

function reportCommands(): void {
  const half = COMMANDS_BEFORE_BYTES / 2;
  const line = (name: string, bytes: number, note: string) =>
    console.log(
      `${name.padEnd(16)} (gzip -9) ${kb(bytes).padStart(9)}  = ${(bytes / COMMANDS_BEFORE_BYTES).toFixed(2)} x before ` +
        `(${kb(COMMANDS_BEFORE_BYTES)}): ${bytes <= half ? "within" : "OVER"} the ${kb(half)} target; ${note}`,
    );
  line("commands.js", gzipBytes("commands.js"), "classic Outlook's JavaScript-only runtime, self-contained");
  line(
    "commands-web.js",
    gzipBytes("commands-web.js"),
    `web, new Outlook, Mac; + msal.js ${kb(gzipBytes("msal.js"))} for Graph delivery, + tr46.js ` +
      `${kb(gzipBytes("tr46.js"))} for an international name`,
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function reportPane(): Promise<void> {
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    const reason = (error as Error).message.split("\n")[0];
    console.log(`pane: no browser (${reason}); only the page's own scripts are weighed`);
    console.log(weightLine("taskpane.html's scripts", pageScripts()));
    return;
  }
  const server = await startServer();
  try {
    const cases: { name: string; message: MessageKey | null }[] = [
      { name: "select a message (baseline)", message: null },
      { name: "clean notification", message: "github-notification" },
      { name: "known spoof", message: "adfs-senate-phish" },
      { name: "homograph look-alike", message: "actblue-homograph" },
    ];
    const runs = new Map(cases.map((c) => [c.name, [] as Settled[]]));
    // Interleaved, so a busy moment on the machine touches every case alike.
    for (let run = 0; run < RUNS; run++)
      for (const c of cases) runs.get(c.name)?.push(await timeToSettled(browser, server, c.message));
    console.log(
      `JavaScript loaded before the first view, gzip -9, office.js excluded; target ${kb(TEMPLATE_BYTES)} ` +
        `(the official Office React template), later ${kb(LATER_TARGET_BYTES)}`,
    );
    for (const c of cases) console.log(weightLine(c.name, runs.get(c.name)?.[0]?.scripts ?? []));
    const baseline = median((runs.get(cases[0].name) ?? []).map((r) => r.ms));
    console.log(`time from Office ready to the first view, Chromium + fake host, median of ${RUNS}`);
    console.log(
      "  (and from the page's start, which also counts what runs before Office is ready: the scripts, the engine warm-up)",
    );
    const baselineFromStart = median((runs.get(cases[0].name) ?? []).map((r) => r.fromStart));
    for (const c of cases) {
      const ms = median((runs.get(c.name) ?? []).map((r) => r.ms));
      const fromStart = median((runs.get(c.name) ?? []).map((r) => r.fromStart));
      const verdict =
        c.message === null ? "" : `; ${ms <= VERDICT_TARGET_MS ? "within" : "OVER"} ${VERDICT_TARGET_MS} ms`;
      console.log(
        `  ${c.name.padEnd(28)} ${ms.toFixed(1).padStart(6)} ms  = ${(ms / baseline).toFixed(2)} x baseline${verdict}` +
          `  | from the page's start ${fromStart.toFixed(0).padStart(5)} ms = ${(fromStart / baselineFromStart).toFixed(2)} x`,
      );
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

export async function run(): Promise<void> {
  if (!existsSync(path.join(DIST_DIR, "taskpane.html"))) {
    console.log(`pane: no build in ${DIST_DIR}; run \`npm run build\` first`);
    return;
  }
  reportCommands();
  await reportPane();
}
