import path from "node:path";

/**
 * The repository's root. The benchmarks run these helpers from a bundle built elsewhere
 * (scripts/bench.mjs), where `__dirname` is not this folder, so they pass the root in
 * CAMPAIGNGUARD_ROOT.
 */
export const REPO_ROOT = process.env.CAMPAIGNGUARD_ROOT ?? path.resolve(__dirname, "../..");
