import path from "node:path";
import { build } from "esbuild";
import { REPO_ROOT } from "./repoRoot";

/** Where the fake office.js is written in TypeScript. */
export const FAKE_OFFICE_ENTRY = path.join(REPO_ROOT, "e2e", "fake-office", "fakeOffice.ts");

let cached: Promise<string> | undefined;

/**
 * The fake Office host as one classic script (an IIFE), bundled in memory with esbuild. Built once
 * per test file and served for the office.js CDN URL.
 */
export function fakeOfficeScript(): Promise<string> {
  cached ??= build({
    entryPoints: [FAKE_OFFICE_ENTRY],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    write: false,
    logLevel: "silent",
    sourcemap: "inline",
    banner: { js: "/* CampaignGuard e2e: fake office.js (not Microsoft's) */" },
  }).then((result) => {
    const file = result.outputFiles[0];
    if (!file) throw new Error("esbuild produced no output for the fake office.js");
    return file.text;
  });
  return cached;
}
