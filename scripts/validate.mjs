// npm run validate [-- FILE]: Microsoft's manifest validator (needs internet access) on the manifest an
// admin is about to upload: FILE, else the one npm run build:prod wrote in dist-prod/, else the
// development manifest.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const given = process.argv[2];
const production = join(root, "dist-prod", "manifest.xml");
const file = given ? resolve(given) : existsSync(production) ? production : join(root, "manifest.xml");
process.stdout.write(`Validating ${file}\n`);
const bin = join(root, "node_modules", ".bin", "office-addin-manifest");
const result = spawnSync(bin, ["validate", file], { stdio: "inherit" });
process.exit(result.status ?? 1);
