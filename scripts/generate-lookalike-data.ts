// Writes the generated look-alike data files (see scripts/lookalikeData.ts): npx tsx scripts/generate-lookalike-data.ts
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  SEQUENCES_FILE,
  sequencesSource,
  WHOLE_SCRIPT_FILE,
  wholeScriptLettersSource,
} from "./lookalikeData";

const root = join(__dirname, "..");
for (const [file, source] of [
  [WHOLE_SCRIPT_FILE, wholeScriptLettersSource()],
  [SEQUENCES_FILE, sequencesSource()],
]) {
  writeFileSync(join(root, file), source);
  spawnSync("npx", ["prettier", "--write", file], { cwd: root, stdio: "inherit" });
}
