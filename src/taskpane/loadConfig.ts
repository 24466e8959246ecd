import type { Config } from "../config/configSchema";
import { CONFIG_TIMEOUT_MS, fetchConfig, type ConfigProblem, type FetchText } from "../config/fetchConfig";
import { CONFIG_URL, fetchUncached } from "./configUrl";

/** Why the admin's file could not be used; the pane words it in the reader's language. */
export type ConfigNotice = ConfigProblem;

export interface LoadedConfig {
  config: Config;
  /** Set when the admin's file exists but could not be used; shown to the user, never alarming. */
  notice?: ConfigNotice;
}

export { CONFIG_URL };

/**
 * Loads the admin configuration. Never throws: no file (404) means the defaults, silently; a file that
 * cannot be fetched or used means the defaults plus a notice.
 */
export async function loadConfig(
  fetchText: FetchText = fetchUncached,
  url = CONFIG_URL,
  timeoutMs = CONFIG_TIMEOUT_MS,
): Promise<LoadedConfig> {
  const { config, problem } = await fetchConfig(fetchText, url, timeoutMs);
  return problem ? { config, notice: problem } : { config };
}
