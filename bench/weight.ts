/**
 * What the pane's and the commands bundle's gzipped bytes are made of: a production build with source
 * maps (into a temporary folder, not dist/), each file's bytes attributed to groups of sources, and
 * the groups summed into three layers — the UI framework the product is built on (React and Fluent
 * UI v9), the engine with the libraries it stands on, and everything else — so a weight target can
 * be set against what the product's own choices already cost.
 *
 *   npm run bench -- weight
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { RawSourceMap } from "source-map";
import { REPO_ROOT } from "../e2e/support/repoRoot";
import { groupShares, type GroupShare } from "./bundleShares";

const FRAMEWORK = "React + Fluent UI v9";
const ENGINE = "engine + its libraries";
const REST = "everything else";

/** [group, layer, test on the source path after "webpack://<name>/"]; the first match wins. */
const GROUPS: readonly [string, string, RegExp][] = [
  ["React", FRAMEWORK, /node_modules\/(react|react-dom|scheduler)\//],
  [
    "Fluent UI v9 (components, tokens, Griffel, Tabster)",
    FRAMEWORK,
    /node_modules\/(@fluentui|@griffel|tabster|keyborg|stylis|rtl-css-js|@floating-ui|@swc|use-sync-external-store)\//,
  ],
  ["public suffix list (tldts)", ENGINE, /node_modules\/tldts(-core)?\//],
  ["HTML tokenizer (htmlparser2, entities)", ENGINE, /node_modules\/(htmlparser2|entities)\//],
  ["link finder (linkifyjs)", ENGINE, /node_modules\/linkifyjs\//],
  ["IDNA (tr46, punycode)", ENGINE, /node_modules\/(tr46|punycode|webidl-conversions)\//],
  ["engine: look-alike domains", ENGINE, /^src\/engine\/domains\//],
  ["engine: rules", ENGINE, /^src\/engine\/rules\//],
  ["engine: brands, lures, tips", ENGINE, /^src\/engine\/(brands|content|tips)\//],
  ["engine: headers, links, body, score", ENGINE, /^src\/engine\//],
  ["schemas (zod/mini)", REST, /node_modules\/zod\/|^src\/zod\.ts/],
  ["Graph sign-in (MSAL)", REST, /node_modules\/@azure\//],
  ["feed signature (@noble/ed25519)", REST, /node_modules\/@noble\//],
  ["domain feed", REST, /^src\/feed\//],
  ["pane views and strings", REST, /^src\/taskpane\//],
  ["reporting", REST, /^src\/(report|commands)\//],
  ["Office glue, configuration, QR/PDF glue", REST, /^src\/(office|config|embedded)\//],
  ["other libraries", REST, /node_modules\//],
  // JSON modules carry no mappings, so their text counts for the runtime code just before them.
  ["JSON data (built-in list, IDNA table) and webpack's runtime", REST, /^(webpack\/|\.$)/],
];
const layerOf = new Map(GROUPS.map(([group, layer]) => [group, layer]));

function groupOf(source: string): string {
  const file = source.replace(/^webpack:\/\/[^/]*\//, "").replace(/^\.\//, "");
  return GROUPS.find(([, , test]) => test.test(file))?.[0] ?? "other project files";
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

function layerTotals(shares: GroupShare[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const s of shares) {
    const layer = layerOf.get(s.group) ?? REST;
    totals.set(layer, (totals.get(layer) ?? 0) + s.gzip);
  }
  return totals;
}

function report(dir: string, file: string, target: number, targetName: string): void {
  const code = readFileSync(path.join(dir, file), "utf8");
  const map = JSON.parse(readFileSync(path.join(dir, `${file}.map`), "utf8")) as RawSourceMap;
  const shares = groupShares(code, map, groupOf);
  const total = shares.reduce((sum, s) => sum + s.gzip, 0);
  console.log(`${file}: ${kb(total)} gzip -9 (${kb(Buffer.byteLength(code))} minified)`);
  for (const s of shares)
    console.log(`  ${kb(s.gzip).padStart(9)}  ${kb(s.raw).padStart(9)} min  ${s.group}`);
  const layers = layerTotals(shares);
  const framework = layers.get(FRAMEWORK) ?? 0;
  const engine = layers.get(ENGINE) ?? 0;
  console.log(
    `  layers: ${FRAMEWORK} ${kb(framework)}, ${ENGINE} ${kb(engine)}, ${REST} ${kb(layers.get(REST) ?? 0)}; ` +
      `the first two alone are ${(framework + engine) / target > 1 ? "over" : "within"} the ` +
      `${kb(target)} ${targetName} (${((framework + engine) / target).toFixed(2)} x)`,
  );
}

export function run(): void {
  const dir = mkdtempSync(path.join(tmpdir(), "campaign-guard-weight-"));
  try {
    const build = spawnSync(
      "npx",
      [
        "webpack",
        "--mode",
        "production",
        "--config-name",
        "pane",
        "--devtool",
        "source-map",
        "--output-path",
        dir,
      ],
      { cwd: REPO_ROOT, encoding: "utf8" },
    );
    if (build.status !== 0) {
      console.log(`weight: the build with source maps failed:\n${build.stdout}${build.stderr}`);
      process.exitCode = 1;
      return;
    }
    console.log(
      "What the bundles are made of (a production build with source maps; gzip shares estimated per group)",
    );
    // taskpane.js alone; the pane loads chunks (reporting after the verdict, the IDNA tables on need).
    report(dir, "taskpane.js", 167_250, "pane target");
    report(dir, "commands.js", 135_000, "commands target");
    // What commands.html loads outside classic Outlook: MSAL and the IDNA tables come as chunks on need.
    report(dir, "commands-web.js", 135_000, "commands target");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
