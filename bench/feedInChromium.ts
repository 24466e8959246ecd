import path from "node:path";
import { build } from "esbuild";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../e2e/support/browser";
import { REPO_ROOT } from "../e2e/support/repoRoot";
import type { Case, FeedInput } from "./feedCase";
import { peakAboveKb, resetPeaks } from "./peakMemory";

/** The bench page's made-up origin (https: WebCrypto needs a secure context); the route below answers it. */
const ORIGIN = "https://feed-bench.test";

export interface PageRuns {
  /** Per cold run: the first run's time in a fresh browser, and the peak it added to the renderers. */
  cold: { ms: number; peakKb: number }[];
  /** Later runs in the same page (warm). */
  warm: number[];
}

export interface ChromiumRuns extends Record<Case, PageRuns> {
  version: string;
  /** The feed path's stages, timed in a warm page. */
  stages: Record<string, number>[];
}

function pageScript(): Promise<string> {
  return build({
    entryPoints: [path.join(REPO_ROOT, "bench", "feedPage.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    minify: true,
    write: false,
    logLevel: "silent",
  }).then((result) => result.outputFiles[0].text);
}

/** The renderer processes of a browser with one page: the page's, and any spare that sits idle. */
async function rendererPids(browser: Browser): Promise<number[]> {
  const cdp = await browser.newBrowserCDPSession();
  const { processInfo } = (await cdp.send("SystemInfo.getProcessInfo")) as {
    processInfo: { type: string; id: number }[];
  };
  await cdp.detach();
  return processInfo.filter((p) => p.type === "renderer").map((p) => p.id);
}

/** One cold run of a case in a fresh browser, then `warmRuns` more in the same page. */
async function inFreshBrowser(
  which: Case,
  input: FeedInput,
  script: string,
  warmRuns: number,
): Promise<{
  version: string;
  ms: number;
  peakKb: number;
  warm: number[];
  stages: Record<string, number>[];
}> {
  // gc(): the page starts each measurement from a collected heap.
  const browser = await launchBrowser(["--js-flags=--expose-gc"]);
  try {
    const page = await browser.newPage();
    await page.route(`${ORIGIN}/**`, (route) => {
      const file = new URL(route.request().url()).pathname;
      if (file === "/feed.json") return route.fulfill({ body: Buffer.from(input.bytes) });
      if (file === "/keys") return route.fulfill({ body: `${input.signature}\n${input.publicKey}` });
      if (file === "/bench.js") return route.fulfill({ body: script, contentType: "text/javascript" });
      return route.fulfill({
        body: '<!doctype html><script src="bench.js"></script>',
        contentType: "text/html",
      });
    });
    await page.goto(`${ORIGIN}/`);
    await page.evaluate(() => (window as unknown as BenchWindow).feedBench.load());
    await page.evaluate(() => (window as unknown as { gc(): void }).gc());
    const pids = await rendererPids(browser);
    const atReset = resetPeaks(pids);
    const ms = await page.evaluate((c) => (window as unknown as BenchWindow).feedBench.run(c), which);
    const peakKb = peakAboveKb(pids, atReset);
    const warm: number[] = [];
    const stages: Record<string, number>[] = [];
    for (let i = 0; i < warmRuns; i++) {
      warm.push(await page.evaluate((c) => (window as unknown as BenchWindow).feedBench.run(c), which));
      if (which === "feed")
        stages.push(await page.evaluate(() => (window as unknown as BenchWindow).feedBench.stages()));
    }
    return { version: browser.version(), ms, peakKb, warm, stages };
  } finally {
    await browser.close();
  }
}

interface BenchWindow {
  feedBench: {
    load(): Promise<void>;
    run(which: Case): Promise<number>;
    stages(): Promise<Record<string, number>>;
  };
}

/**
 * Both cases in Debian's Chromium, where the pane runs: `coldRuns` fresh browsers per case,
 * interleaved so a busy moment touches both alike, each followed by warm runs in its page.
 */
export async function feedInChromium(
  input: FeedInput,
  coldRuns: number,
  warmRuns: number,
): Promise<ChromiumRuns> {
  const script = await pageScript();
  const runs: ChromiumRuns = {
    version: "",
    json: { cold: [], warm: [] },
    feed: { cold: [], warm: [] },
    stages: [],
  };
  for (let i = 0; i < coldRuns; i++)
    for (const which of ["json", "feed"] as const) {
      const run = await inFreshBrowser(which, input, script, i === 0 ? warmRuns : 0);
      runs.version = run.version;
      runs[which].cold.push({ ms: run.ms, peakKb: run.peakKb });
      runs[which].warm.push(...run.warm);
      runs.stages.push(...run.stages);
    }
  return runs;
}
