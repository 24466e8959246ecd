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
  external: ["@stdlib/*"],
  logLevel: "error",
});
const result = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(result.status ?? 1);
