import { existsSync } from "node:fs";
import { resolve } from "node:path";

/**
 * `../shared/data` beside the repo: present for developers and CI, never part of the product.
 * CAMPAIGNGUARD_SHARED_DATA points elsewhere (e.g. a folder that does not exist, to check that every
 * suite still passes without it).
 */
export const SHARED_DATA = process.env.CAMPAIGNGUARD_SHARED_DATA
  ? resolve(process.env.CAMPAIGNGUARD_SHARED_DATA)
  : resolve(__dirname, "..", "..", "..", "shared", "data");

/** The path of a shared data file, or undefined (with a plain note) when the folder is not beside the repo. */
export function sharedData(relative: string): string | undefined {
  const path = resolve(SHARED_DATA, relative);
  if (existsSync(path)) return path;
  process.stdout.write(
    `note: ${path} not found (../shared/data is not beside the repo); corpus check not run\n`,
  );
  return undefined;
}
