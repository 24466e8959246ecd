/**
 * Feed cost: a signed 100,000-entry feed verified (Ed25519 over the bytes), parsed, validated and
 * indexed, next to JSON.parse of the same bytes (the baseline), measured in the same run, in Node (the
 * CLI, the tests) and in Debian's Chromium (the pane). Cold: once in a fresh process with the bytes in
 * hand (in Chromium, a fresh page that has also indexed the built-in list, as the pane's warm-up has
 * when a list arrives). Peak memory is what a cold run adds to its process's resident size at its
 * worst moment (peakMemory.ts); the median of three such runs.
 *
 *   npm run bench -- feed
 */
import { fork } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildFeed, serializeFeed } from "../src/feed/build/buildFeed";
import { bundledFeed } from "../src/feed/bundledFeed";
import { generateKeyPair, signBytes } from "../src/feed/signature";
import { runCase, stages, type Case, type FeedInput } from "./feedCase";
import { feedInChromium } from "./feedInChromium";
import { peakAboveKb, peakMemoryUnavailable, resetPeaks } from "./peakMemory";

const ENTRIES = 100_000;
const COLD_RUNS = 3;
const WARM_RUNS = 5;
const TARGET_MS = 200;
const TARGET_MB = 30;
const CHILD = "CAMPAIGNGUARD_FEED_BENCH_CASE";

/** Every entry with its own source: the worst case for size (a real feed repeats its sources). */
function feedText(): string {
  const base = bundledFeed();
  const spoofs = Array.from({ length: ENTRIES }, (_, i) => ({
    domain: `senate-adfs-${i.toString(36)}.com`,
    imitates: ["senate.gov"],
    technique: "brand-token",
    actor: "bench",
    source: `https://example.org/reports/${i}`,
    reported: "2026-01-01",
  }));
  const source = { validDays: 30, protected: base.protected, allow: base.allow, spoofs };
  return serializeFeed(buildFeed(source, { version: 1, issued: new Date() }).feed);
}

/** A case run once from a cold start: its time, and its peak memory where that can be measured. */
interface Cold {
  ms: number;
  peakKb?: number;
}

function readInput(dir: string): FeedInput {
  const [signature, publicKey] = readFileSync(join(dir, "keys"), "utf8").split("\n");
  return { bytes: new Uint8Array(readFileSync(join(dir, "feed.json"))), signature, publicKey };
}

/** In a child: one case from a cold start, its peak measured from when the bytes are in hand. */
async function child(which: Case, dir: string): Promise<void> {
  const input = readInput(dir);
  const measured = peakMemoryUnavailable() === undefined;
  // Started with --expose-gc: each measurement starts from a collected heap.
  (globalThis as unknown as { gc(): void }).gc();
  const atReset = measured ? resetPeaks(["self"]) : [];
  const { ms } = await runCase(which, input);
  const cold: Cold = { ms, peakKb: measured ? peakAboveKb(["self"], atReset) : undefined };
  process.send?.(cold);
}

function inChild(which: Case, dir: string): Promise<Cold> {
  return new Promise((resolve, reject) => {
    const proc = fork(process.argv[1], ["feed"], {
      env: { ...process.env, [CHILD]: `${which}:${dir}` },
      execArgv: [...process.execArgv, "--expose-gc"],
    });
    proc.once("message", (m) => resolve(m as Cold));
    proc.once("error", reject);
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (kb: number) => kb / 1024;

interface Measured {
  warm: number[];
  cold: Cold[];
}

/** The two cases' lines: times and peak against the baseline and the targets, then the stages. */
function report(where: string, runs: Record<Case, Measured>, stageRuns: Record<string, number>[]): string[] {
  const base = runs.json;
  const line = (label: string, m: Measured) => {
    const warm = median(m.warm);
    const cold = median(m.cold.map((c) => c.ms));
    const peaks = m.cold.map((c) => c.peakKb).filter((kb): kb is number => kb !== undefined);
    const basePeaks = base.cold.map((c) => c.peakKb).filter((kb): kb is number => kb !== undefined);
    let memory = "peak not measured";
    if (peaks.length > 0) {
      const peak = mb(median(peaks));
      memory = `peak +${peak.toFixed(1)} MB (${(median(peaks) / median(basePeaks)).toFixed(1)}×)`;
      if (m !== base) memory += ` ${peak <= TARGET_MB ? "within" : "OVER"} ${TARGET_MB} MB`;
    }
    const ratio = `${(warm / median(base.warm)).toFixed(1)}×`;
    const time =
      m === base ? "" : ` ${warm <= TARGET_MS && cold <= TARGET_MS ? "within" : "OVER"} ${TARGET_MS} ms`;
    return (
      `  ${label.padEnd(34)} ${warm.toFixed(0).padStart(4)} ms warm (${ratio}), ` +
      `${cold.toFixed(0).padStart(4)} ms cold${time}; ${memory}`
    );
  };
  const stageTimes = Object.keys(stageRuns[0] ?? {})
    .map((name) => `${name} ${median(stageRuns.map((r) => r[name])).toFixed(0)} ms`)
    .join(", ");
  return [
    where,
    line("JSON.parse (baseline)", base),
    line("verify + parse + validate + index", runs.feed),
    `    stages (warm): ${stageTimes}`,
  ];
}

export async function run(): Promise<void> {
  const childCase = process.env[CHILD];
  if (childCase) {
    const [which, dir] = childCase.split(/:(.*)/s);
    await child(which as Case, dir);
    process.exit(0);
  }
  const bytes = new TextEncoder().encode(feedText());
  const keys = await generateKeyPair();
  const input: FeedInput = {
    bytes,
    signature: await signBytes(bytes, keys.privateKey),
    publicKey: keys.publicKey,
  };
  const dir = mkdtempSync(join(tmpdir(), "cg-feed-bench-"));
  writeFileSync(join(dir, "feed.json"), bytes);
  writeFileSync(join(dir, "keys"), `${input.signature}\n${input.publicKey}`);

  const node: Record<Case, Measured> = { json: { warm: [], cold: [] }, feed: { warm: [], cold: [] } };
  // Interleaved, so a busy moment on the machine touches both cases alike.
  for (let i = 0; i < WARM_RUNS; i++)
    for (const which of ["json", "feed"] as const) node[which].warm.push((await runCase(which, input)).ms);
  for (let i = 0; i < COLD_RUNS; i++)
    for (const which of ["json", "feed"] as const) node[which].cold.push(await inChild(which, dir));
  const stageRuns: Record<string, number>[] = [];
  for (let i = 0; i < WARM_RUNS; i++) stageRuns.push(await stages(input));

  const lines = [
    `feed: ${ENTRIES.toLocaleString("en")} entries, ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; ` +
      `targets ≤ ${TARGET_MS} ms and ≤ ${TARGET_MB} MB; times the median of ${WARM_RUNS} warm and ` +
      `${COLD_RUNS} cold runs, peaks the median of the cold runs`,
    ...report(`Node ${process.versions.node} (the CLI)`, node, stageRuns),
  ];
  const unavailable = peakMemoryUnavailable();
  if (unavailable) lines.push(`  (${unavailable})`);
  try {
    const chromium = await feedInChromium(input, COLD_RUNS, WARM_RUNS);
    lines.push(
      ...report(`Chromium ${chromium.version} (the pane, after its warm-up)`, chromium, chromium.stages),
    );
  } catch (error) {
    lines.push(`Chromium: not measured (${(error as Error).message.split("\n")[0]})`);
  }
  process.stdout.write(`${lines.join("\n")}\n`);
}
