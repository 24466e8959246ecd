import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  SEQUENCES_FILE,
  sequencesSource,
  WHOLE_SCRIPT_FILE,
  wholeScriptLettersSource,
  withoutLayout,
} from "../scripts/lookalikeData";

/** The committed generated files are what scripts/generate-lookalike-data.ts writes (laid out by Prettier). */
describe("generated look-alike data", () => {
  for (const [file, source] of [
    [WHOLE_SCRIPT_FILE, wholeScriptLettersSource],
    [SEQUENCES_FILE, sequencesSource],
  ] as const) {
    it(`${file} equals the generator's output (npx tsx scripts/generate-lookalike-data.ts)`, () => {
      expect(withoutLayout(readFileSync(join(__dirname, "..", file), "utf8"))).toBe(withoutLayout(source()));
    });
  }
});
