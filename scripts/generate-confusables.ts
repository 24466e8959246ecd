// Writes the compact confusables table (see scripts/confusablesData.ts): npx tsx scripts/generate-confusables.ts
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { CONFUSABLES_FILE, confusablesSource } from "./confusablesData";

const root = join(__dirname, "..");
writeFileSync(join(root, CONFUSABLES_FILE), confusablesSource());
spawnSync("npx", ["prettier", "--write", CONFUSABLES_FILE], { cwd: root, stdio: "inherit" });
