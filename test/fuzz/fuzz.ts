import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { TIME_LIMIT_MS, TARGETS, type Target } from "./targets";

export const REGRESSIONS = join(__dirname, "regressions");

/** A saved counter-example: which target failed on which input, and how. */
export interface Regression {
  target: string;
  input: string;
  error: string;
}

/** Runs the target on one input; throws when it throws or takes longer than TIME_LIMIT_MS. */
export async function attack(target: Target, input: string): Promise<void> {
  const started = performance.now();
  await target.run(input);
  const ms = performance.now() - started;
  if (ms > TIME_LIMIT_MS) throw new Error(`took ${ms.toFixed(0)} ms (limit ${TIME_LIMIT_MS} ms)`);
}

function save(target: Target, input: string, error: string, dir: string): string {
  mkdirSync(dir, { recursive: true });
  const slug = target.name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  const hash = createHash("sha256").update(input).digest("hex").slice(0, 12);
  const file = join(dir, `${slug}-${hash}.json`);
  const regression: Regression = { target: target.name, input, error };
  writeFileSync(file, `${JSON.stringify(regression, null, 2)}\n`);
  return file;
}

export interface Outcome {
  target: string;
  runs: number;
  ms: number;
  /** The shrunk counter-example's fixture file, when the target failed. */
  failure?: { file: string; error: string };
}

/** `runs` generated inputs against one target; a failure's shrunk input is saved as a fixture. */
export async function fuzz(target: Target, runs: number, seed?: number, dir = REGRESSIONS): Promise<Outcome> {
  const started = performance.now();
  const result = await fc.check(
    fc.asyncProperty(target.input, (input) => attack(target, input)),
    { numRuns: runs, ...(seed === undefined ? {} : { seed }) },
  );
  const outcome: Outcome = { target: target.name, runs: result.numRuns, ms: performance.now() - started };
  if (result.failed && result.counterexample) {
    const [input] = result.counterexample;
    const error =
      result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
    outcome.failure = { file: save(target, input, error, dir), error };
  }
  return outcome;
}

export function regressions(dir = REGRESSIONS): Regression[] {
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".json"));
  } catch {
    return [];
  }
  return files.map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as Regression);
}

export function targetNamed(name: string): Target {
  const target = TARGETS.find((t) => t.name === name);
  if (!target) throw new Error(`no fuzz target "${name}"`);
  return target;
}
