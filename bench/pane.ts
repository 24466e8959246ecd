/**
 * The pane's weight and speed, from the production build in dist/ (run `npm run build` first):
 *
 * - JavaScript loaded before the first verdict (office.js excluded), gzip -9, beside the official
 *   Office React template's 167,250 bytes; the commands bundle beside half of its 270 KB before the
 *   redesign.
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

/** Scripts taskpane.html runs before the first verdict: its own <script src>, not office.js. */
function paneScripts(): string[] {
  const html = readFileSync(path.join(DIST_DIR, "taskpane.html"), "utf8");
  // The minified page leaves attribute values unquoted (`<script defer src=taskpane.js>`).
  return [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((src) => !/^https?:/.test(src))
    .map((src) => src.replace(/^\.?\//, ""));
}

function reportWeight(): void {
  const scripts = paneScripts();
  const sizes = scripts.map((file) => ({ file, bytes: gzipBytes(file) }));
  const pane = sizes.reduce((sum, s) => sum + s.bytes, 0);
  const commands = gzipBytes("commands.js");
  console.log("pane weight (gzip -9, office.js excluded)");
  for (const { file, bytes } of sizes) console.log(`  ${file.padEnd(20)} ${kb(bytes)}`);
  console.log(
    `  total                ${kb(pane)}  = ${(pane / TEMPLATE_BYTES).toFixed(2)} x the Office React template ` +
      `(${kb(TEMPLATE_BYTES)}): ${pane <= TEMPLATE_BYTES ? "within" : "OVER"} target; ` +
      `${pane <= LATER_TARGET_BYTES ? "within" : "not yet at"} the later ${kb(LATER_TARGET_BYTES)}`,
  );
  const half = COMMANDS_BEFORE_BYTES / 2;
  console.log(
    `  commands.js          ${kb(commands)}  = ${(commands / COMMANDS_BEFORE_BYTES).toFixed(2)} x before ` +
      `(${kb(COMMANDS_BEFORE_BYTES)}): ${commands <= half ? "within" : "OVER"} the ${kb(half)} target`,
  );
}

/** Milliseconds from Office ready to the pane's first settled view, in a fresh page. */
async function timeToSettled(
  browser: Browser,
  server: StaticServer,
  message: MessageKey | null,
): Promise<number> {
  const session = await openSession(browser, server, { officeJs: "fake", fake: { message } });
  try {
    await session.page.goto(server.url("taskpane.html"));
    await session.page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, SETTLED_MARK);
    return await session.page.evaluate(
      ([ready, settled]) =>
        performance.getEntriesByName(settled)[0].startTime - performance.getEntriesByName(ready)[0].startTime,
      [OFFICE_READY_MARK, SETTLED_MARK],
    );
  } finally {
    await session.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function reportSpeed(): Promise<void> {
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    console.log(`time to verdict: skipped (${(error as Error).message.split("\n")[0]})`);
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
    const times = new Map(cases.map((c) => [c.name, [] as number[]]));
    // Interleaved, so a busy moment on the machine touches every case alike.
    for (let run = 0; run < RUNS; run++)
      for (const c of cases) times.get(c.name)?.push(await timeToSettled(browser, server, c.message));
    const baseline = median(times.get(cases[0].name) ?? []);
    console.log(`time from Office ready to the first view, Chromium + fake host, median of ${RUNS}`);
    for (const c of cases) {
      const ms = median(times.get(c.name) ?? []);
      const verdict =
        c.message === null ? "" : `; ${ms <= VERDICT_TARGET_MS ? "within" : "OVER"} ${VERDICT_TARGET_MS} ms`;
      console.log(
        `  ${c.name.padEnd(28)} ${ms.toFixed(1).padStart(6)} ms  = ${(ms / baseline).toFixed(2)} x baseline${verdict}`,
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
  reportWeight();
  await reportSpeed();
}
