/**
 * The short fuzz budget of the unit loop (CI): a few generated inputs per target, and every saved
 * counter-example replayed. `npm run fuzz` is the long run (FUZZ_RUNS).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { attack, fuzz, regressions, targetNamed } from "./fuzz";
import { TARGETS, type Target } from "./targets";

// FUZZ_RUNS raises it for one run; the default keeps the unit loop within its two minutes.
const CI_RUNS = Number(process.env.FUZZ_RUNS ?? 100);

describe("fuzzing, short budget", () => {
  it.each(TARGETS.map((t) => [t.name, t] as const))("%s survives generated input", async (_, target) => {
    const runs = target.costly ? Math.ceil(CI_RUNS / 4) : CI_RUNS;
    const outcome = await fuzz(target, runs);
    expect(outcome.failure).toBeUndefined();
    expect(outcome.runs).toBe(runs);
  });

  it("replays every saved counter-example without a failure", async () => {
    for (const r of regressions())
      await expect(attack(targetNamed(r.target), r.input)).resolves.toBeUndefined();
  });

  it("limits the CPU time a call spends, not the time it waits", async () => {
    const sleepy: Target = {
      name: "sleepy",
      input: fc.constant(""),
      run: () => new Promise((resolve) => setTimeout(resolve, 300)),
    };
    await expect(attack(sleepy, "", 100)).resolves.toBeUndefined();
    const busy: Target = {
      name: "busy",
      input: fc.constant(""),
      run: () => {
        const start = process.cpuUsage();
        while (process.cpuUsage(start).user < 300_000);
      },
    };
    await expect(attack(busy, "", 100)).rejects.toThrow(/^took \d+ ms of CPU \(limit 100 ms\)$/);
  });

  it("fails a call that never settles at the wall-clock backstop", async () => {
    const stuck: Target = { name: "stuck", input: fc.constant(""), run: () => new Promise(() => {}) };
    await expect(attack(stuck, "", 100, 50)).rejects.toThrow(
      "did not return within 50 ms of wall-clock time",
    );
  });

  it("reports progress every so many inputs", async () => {
    const lines: string[] = [];
    const quiet: Target = { name: "quiet", input: fc.string(), run: () => undefined };
    await fuzz(quiet, 25, 1, undefined, { every: 10, write: (line) => lines.push(line) });
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^quiet: 20 inputs in \d+ s \(\d+\/s\), 0 failures \[.+\]\n$/);
  });

  it("saves a failing target's shrunk input as a regression fixture", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cg-fuzz-"));
    try {
      const brittle: Target = {
        name: "brittle",
        input: fc.string({ maxLength: 30 }),
        run: (input) => {
          if (input.includes("<")) throw new Error("angle bracket");
        },
      };
      const outcome = await fuzz(brittle, 1_000, 42, dir);
      expect(outcome.failure?.error).toBe("angle bracket");
      expect(regressions(dir)).toEqual([{ target: "brittle", input: "<", error: "angle bracket" }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
