import { readFile } from "node:fs/promises";
import { ConfigError, parseConfigText } from "../config/loadConfig";
import { DEFAULT_CONFIG } from "../config/defaults";
import type { Config } from "../config/configSchema";
import { UsageError } from "./io";

/** Reads --config FILE; any problem is a usage error with a one-line reason. */
export async function loadCliConfig(file: string | undefined): Promise<Config> {
  if (file === undefined) return DEFAULT_CONFIG;
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new UsageError(
      `cannot read config ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  try {
    return parseConfigText(text);
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(`${file}: ${error.message}`);
    throw error;
  }
}
