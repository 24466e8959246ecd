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
