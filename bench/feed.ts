/**
 * Feed cost: a signed 100,000-entry feed verified (Ed25519 over the bytes), parsed, validated and
 * indexed, next to JSON.parse of the same bytes, measured in the same run. Peak memory is each case's
 * peak RSS in a fresh child process, minus a child that only reads the bytes.
 *
 *   npm run bench -- feed
 */
import { fork } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_CONFIG } from "../src/config/defaults";
import { contextFor } from "../src/config/engineContext";
import { acceptFeed } from "../src/feed/acceptFeed";
import { buildFeed, serializeFeed } from "../src/feed/build/buildFeed";
import { bundledFeed } from "../src/feed/bundledFeed";
import { parseFeedLeniently } from "../src/feed/feedSchema";
import { generateKeyPair, signBytes, verifyBytes } from "../src/feed/signature";

const ENTRIES = 100_000;
const CHILD = "CAMPAIGNGUARD_FEED_BENCH_CASE";
type Case = "read" | "json" | "feed";

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

async function once(which: Case, bytes: Uint8Array, signature: string, publicKey: string): Promise<number> {
  const start = performance.now();
  if (which === "json") JSON.parse(new TextDecoder().decode(bytes));
  if (which === "feed") {
    const { feed } = await acceptFeed(bytes, signature, { publicKeys: [publicKey], now: new Date() });
    contextFor(DEFAULT_CONFIG, feed);
  }
  return performance.now() - start;
}

/** In a child: one case from a cold start, then its peak RSS. */
async function child(which: Case, dir: string): Promise<void> {
  const bytes = new Uint8Array(readFileSync(join(dir, "feed.json")));
  const [signature, publicKey] = readFileSync(join(dir, "keys"), "utf8").split("\n");
  const ms = await once(which, bytes, signature, publicKey);
  process.send?.({ ms, maxRssKb: process.resourceUsage().maxRSS });
}

function inChild(which: Case, dir: string): Promise<{ ms: number; maxRssKb: number }> {
  return new Promise((resolve, reject) => {
    const proc = fork(process.argv[1], ["feed"], { env: { ...process.env, [CHILD]: `${which}:${dir}` } });
    proc.once("message", (m) => resolve(m as { ms: number; maxRssKb: number }));
    proc.once("error", reject);
  });
}

/** The feed path's stages one after another, as acceptFeed and contextFor run them, each timed. */
async function stages(
  bytes: Uint8Array,
  signature: string,
  publicKey: string,
): Promise<Record<string, number>> {
  const times: Record<string, number> = {};
  let start = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    times[name] = now - start;
    start = now;
  };
  await verifyBytes(bytes, signature, [publicKey]);
  lap("verify");
  const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  lap("decode");
  const json: unknown = JSON.parse(text);
  lap("JSON.parse");
  const { feed } = parseFeedLeniently(json);
  lap("validate");
  contextFor(DEFAULT_CONFIG, feed);
  lap("index");
  return times;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run(): Promise<void> {
  const childCase = process.env[CHILD];
  if (childCase) {
    const [which, dir] = childCase.split(/:(.*)/s);
    await child(which as Case, dir);
    process.exit(0);
  }
  const text = feedText();
  const bytes = new TextEncoder().encode(text);
  const keys = await generateKeyPair();
  const signature = await signBytes(bytes, keys.privateKey);
  const dir = mkdtempSync(join(tmpdir(), "cg-feed-bench-"));
  writeFileSync(join(dir, "feed.json"), bytes);
  writeFileSync(join(dir, "keys"), `${signature}\n${keys.publicKey}`);

  const runs = { json: [] as number[], feed: [] as number[] };
  for (let i = 0; i < 5; i++) {
    runs.json.push(await once("json", bytes, signature, keys.publicKey));
    runs.feed.push(await once("feed", bytes, signature, keys.publicKey));
  }
  const stageRuns: Record<string, number>[] = [];
  for (let i = 0; i < 5; i++) stageRuns.push(await stages(bytes, signature, keys.publicKey));
  const read = await inChild("read", dir);
  const json = await inChild("json", dir);
  const feed = await inChild("feed", dir);
  const mb = (kb: number) => (kb / 1024).toFixed(1);
  const base = { warm: median(runs.json), peakKb: json.maxRssKb - read.maxRssKb };
  // The targets assume an idle machine; the ratio to JSON.parse measured alongside holds under load.
  const line = (label: string, warm: number, cold: { ms: number; maxRssKb: number }) => {
    const peakKb = cold.maxRssKb - read.maxRssKb;
    const memory = base.peakKb > 0 ? `, ${(peakKb / base.peakKb).toFixed(1)}× memory` : "";
    const ratio = `${(warm / base.warm).toFixed(1)}× time${memory}`;
    return `${label.padEnd(34)} ${warm.toFixed(0).padStart(5)} ms warm (median of 5), ${cold.ms.toFixed(0).padStart(5)} ms cold, peak +${mb(peakKb)} MB (${ratio})`;
  };
  process.stdout.write(
    [
      `feed: ${ENTRIES.toLocaleString("en")} entries, ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB`,
      line("JSON.parse (baseline)", median(runs.json), json),
      line("verify + parse + validate + index", median(runs.feed), feed),
      `  of which (median of 5): ${Object.keys(stageRuns[0])
        .map((name) => `${name} ${median(stageRuns.map((r) => r[name])).toFixed(0)} ms`)
        .join(", ")}`,
      "targets: ≤ 200 ms and ≤ 30 MB",
      "",
    ].join("\n"),
  );
}
