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

/**
 * A call that has not settled after this much wall-clock time fails, however little CPU it used: a
 * promise that never settles (a decoder waiting on nothing) burns no CPU, so the CPU limit alone
 * would stall a long run silently instead of failing it. It is far above TIME_LIMIT_MS because wall
 * time says little about the target: under `nice -n 19` on a busy machine this process may get a
 * few percent of a core, and a 2 s CPU input then takes minutes. (A synchronous endless loop is
 * caught by neither: nothing runs until it returns.)
 */
export const WALL_BACKSTOP_MS = 10 * 60_000;

/** CPU milliseconds (user + system, every thread of this process) since a process.cpuUsage() reading. */
function cpuMsSince(start: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

/**
 * Runs the target on one input; throws when it throws or when the call used more than `limitMs` of
 * CPU. CPU time, not wall-clock time: the targets are single-threaded JavaScript and the fuzzer runs
 * one call at a time, so the CPU this process spent during the call is the call's own cost, and other
 * processes loading the machine cannot push an input over the limit (a long run once failed on an
 * input that took 2.07 s of wall time at load 5-8 and 237-370 ms when replayed). Waiting (the
 * scanner's setTimeout pause, loading its decoders) costs no CPU and is not counted.
 */
export async function attack(
  target: Target,
  input: string,
  limitMs = TIME_LIMIT_MS,
  backstopMs = WALL_BACKSTOP_MS,
): Promise<void> {
  const cpu = process.cpuUsage();
  let timer: NodeJS.Timeout | undefined;
  const backstop = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`did not return within ${backstopMs} ms of wall-clock time`)),
      backstopMs,
    );
  });
  try {
    await Promise.race([target.run(input), backstop]);
  } finally {
    clearTimeout(timer);
  }
  const ms = cpuMsSince(cpu);
  if (ms > limitMs) throw new Error(`took ${ms.toFixed(0)} ms of CPU (limit ${limitMs} ms)`);
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

/** A line every `every` inputs while a long run goes on (fast-check itself reports only at the end). */
export interface Progress {
  every: number;
  write(line: string): void;
}

/** `runs` generated inputs against one target; a failure's shrunk input is saved as a fixture. */
export async function fuzz(
  target: Target,
  runs: number,
  seed?: number,
  dir = REGRESSIONS,
  progress?: Progress,
): Promise<Outcome> {
  const started = performance.now();
  let inputs = 0;
  let failed = false;
  const property = async (input: string) => {
    try {
      await attack(target, input);
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      inputs++;
      if (progress && progress.every > 0 && inputs % progress.every === 0) {
        const s = (performance.now() - started) / 1000;
        progress.write(
          `${target.name}: ${inputs.toLocaleString("en-US")} inputs in ${s.toFixed(0)} s ` +
            `(${(inputs / s).toFixed(0)}/s), ${failed ? "a failure found, shrinking" : "0 failures"} ` +
            `[${new Date().toISOString()}]\n`,
        );
      }
    }
  };
  const result = await fc.check(fc.asyncProperty(target.input, property), {
    numRuns: runs,
    ...(seed === undefined ? {} : { seed }),
  });
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
