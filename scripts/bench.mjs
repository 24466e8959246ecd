// Benchmarks run as one esbuild bundle on plain Node: tsx's loader adds enough per-call overhead to
// distort nanosecond-scale measurements. Usage: npm run bench [-- NAME…]
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// Inside node_modules so the bundle still resolves the corpus package it leaves external.
const outfile = join(root, "node_modules", ".cache", "campaign-guard-bench", "bench.cjs");
await build({
  entryPoints: [join(root, "bench", "index.ts")],
  bundle: true,
  platform: "node",
  target: "node20",
  outfile,
  // The corpus package, and the browser driver and bundler the pane bench starts.
  external: ["@stdlib/*", "playwright-core", "esbuild"],
  logLevel: "error",
});
const result = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, CAMPAIGNGUARD_ROOT: root },
});
process.exit(result.status ?? 1);
