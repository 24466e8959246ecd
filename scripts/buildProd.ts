/**
 * npm run build:prod -- --host https://addins.example.org/campaignguard/ [--out dist-prod]
 *   [--previous manifest.xml | --id GUID] [--version 1.2.0.0] [--config config.json]
 *   [--name "Campaign phishing check"] [--support-url https://it.example.org/help]
 * Builds the pane and writes the folder to upload to that host (writeHostFolder).
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { writeHostFolder } from "../src/cli/manifest/hostFolder";
import { hostingUrl } from "../src/cli/manifest/production";

const root = join(__dirname, "..");
const { values } = parseArgs({
  options: {
    host: { type: "string" },
    out: { type: "string", default: "dist-prod" },
    id: { type: "string" },
    version: { type: "string" },
    previous: { type: "string" },
    config: { type: "string" },
    name: { type: "string" },
    "support-url": { type: "string" },
  },
});
if (!values.host) {
  process.stderr.write("build:prod needs --host https://your.host/path/\n");
  process.exit(2);
}
// A wrong address is refused before the build, not after it.
try {
  hostingUrl(values.host, "--host");
} catch (error) {
  process.stderr.write(`build:prod: ${(error as Error).message}\n`);
  process.exit(2);
}
const built = spawnSync("npx", ["webpack", "--mode", "production", "--config-name", "pane"], {
  cwd: root,
  stdio: "inherit",
});
if (built.status !== 0) process.exit(built.status ?? 1);
try {
  const out = resolve(root, values.out);
  const folder = writeHostFolder(
    join(root, "dist"),
    out,
    values.host,
    readFileSync(join(root, "manifest.xml"), "utf8"),
    {
      id: values.id,
      version: values.version,
      previous: values.previous ? readFileSync(values.previous, "utf8") : undefined,
      config: values.config ? readFileSync(values.config, "utf8") : undefined,
      name: values.name,
      supportUrl: values["support-url"],
    },
  );
  process.stdout.write(
    `Wrote ${out} for ${folder.base} (${folder.files.length} files). Upload its contents to ${folder.base}; ` +
      `serve .well-known/ at ${folder.wellKnownUrl}; upload manifest.xml in the Microsoft 365 admin center.\n` +
      `The pages may connect only to their own origin${folder.allowed.connect.map((o) => `, ${o}`).join("")}: ` +
      `after changing a URL in config.json, run build:prod again with --config.\n`,
  );
} catch (error) {
  process.stderr.write(`build:prod: ${(error as Error).message}\n`);
  process.exit(1);
}
