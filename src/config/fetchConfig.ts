/**
 * The one loader of the admin's config.json, for the pane and the commands bundle (the CLI reads a
 * file instead). It never throws; each face decides what a problem means: the pane shows a notice,
 * the commands carry on with the defaults, since reporting must work without a config file.
 */
import { withTimeout } from "../office/officeCall";
import type { Config } from "./configSchema";
import { DEFAULT_CONFIG } from "./defaults";
import { ConfigError, parseConfigText } from "./loadConfig";

/** A hung server must not hold up the pane or a Report command: after this, the defaults are used. */
export const CONFIG_TIMEOUT_MS = 10_000;

/** Why the file could not be used. */
export type ConfigProblem =
  | { reason: "status"; status: number }
  | { reason: "download"; detail: string }
  | { reason: "invalid"; detail: string };

export interface FetchedConfig {
  config: Config;
  /** Set when a file exists but could not be used; no file at all (404) is no problem. */
  problem?: ConfigProblem;
}

export type FetchText = (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function fetchConfig(
  fetchText: FetchText,
  url: string,
  timeoutMs = CONFIG_TIMEOUT_MS,
): Promise<FetchedConfig> {
  const withDefaults = (problem: ConfigProblem): FetchedConfig => ({ config: DEFAULT_CONFIG, problem });
  let text: string;
  try {
    const response = await withTimeout(fetchText(url), timeoutMs, "config.json");
    if (response.status === 404) return { config: DEFAULT_CONFIG };
    if (!response.ok) return withDefaults({ reason: "status", status: response.status });
    text = await withTimeout(response.text(), timeoutMs, "config.json");
  } catch (error) {
    return withDefaults({ reason: "download", detail: message(error) });
  }
  try {
    return { config: parseConfigText(text) };
  } catch (error) {
    return withDefaults({
      reason: "invalid",
      detail: error instanceof ConfigError ? error.message : message(error),
    });
  }
}
