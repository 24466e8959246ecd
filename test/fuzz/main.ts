/**
 * `npm run fuzz`: FUZZ_RUNS generated inputs (default 1,000) against every target in targets.ts,
 * and every saved regression replayed. A failure saves its shrunk input in test/fuzz/regressions
 * and the run exits 1. `FUZZ_RUNS=1000000 npm run fuzz` is the long run; FUZZ_SEED repeats one;
 * FUZZ_ONLY="RFC 2047,EML" runs only the targets whose names contain one of those words.
 * A run of more than 50,000 inputs writes a progress line to stderr every 50,000 (FUZZ_PROGRESS sets
 * the interval, 0 turns it off).
 */
import { attack, fuzz, regressions, targetNamed } from "./fuzz";
import { TARGETS } from "./targets";

async function main(): Promise<void> {
  const runs = Number(process.env.FUZZ_RUNS ?? 1_000);
  const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
  const progress = {
    every: Number(process.env.FUZZ_PROGRESS ?? 50_000),
    write: (line: string) => process.stderr.write(line),
  };
  let failures = 0;
  for (const r of regressions()) {
    try {
      await attack(targetNamed(r.target), r.input);
    } catch (error) {
      failures++;
      process.stdout.write(`regression ${r.target}: still fails (${(error as Error).message})\n`);
    }
  }
  const only = process.env.FUZZ_ONLY?.split(",").map((w) => w.trim().toLowerCase());
  const chosen = TARGETS.filter((t) => !only || only.some((w) => t.name.toLowerCase().includes(w)));
  for (const target of chosen) {
    const outcome = await fuzz(target, runs, seed, undefined, progress);
    const rate = (outcome.runs / (outcome.ms / 1000)).toFixed(0);
    process.stdout.write(
      `${target.name.padEnd(30)} ${outcome.runs.toLocaleString("en-US").padStart(9)} inputs in ${(outcome.ms / 1000).toFixed(1)} s (${rate}/s)` +
        (outcome.failure ? `  FAILED: ${outcome.failure.error} -> ${outcome.failure.file}` : "") +
        "\n",
    );
    if (outcome.failure) failures++;
  }
  process.stdout.write(`${failures} failure${failures === 1 ? "" : "s"}\n`);
  process.exitCode = failures > 0 ? 1 : 0;
}
void main();
