import type { Config } from "../config/configSchema";
import { DEFAULT_CONFIG } from "../config/defaults";
import { ConfigError, parseConfigText } from "../config/loadConfig";
import { withTimeout } from "../office/officeCall";
import { errorMessage } from "./displayText";

/** Why the admin's file could not be used; the pane words it in the reader's language. */
export type ConfigNotice =
  | { reason: "status"; status: number }
  | { reason: "download"; detail: string }
  | { reason: "invalid"; detail: string };

export interface LoadedConfig {
  config: Config;
  /** Set when the admin's file exists but could not be used; shown to the user, never alarming. */
  notice?: ConfigNotice;
}

/** The admin's file, served beside taskpane.html. */
export const CONFIG_URL = "config.json";

/** A hung server must not keep the pane on "Starting…": after this, the defaults are used. */
export const CONFIG_TIMEOUT_MS = 10_000;

type FetchText = (url: string) => Promise<Pick<Response, "ok" | "status" | "text">>;

const withDefaults = (notice: ConfigNotice): LoadedConfig => ({ config: DEFAULT_CONFIG, notice });

/**
 * Loads the admin configuration. Never throws: no file (404) means the defaults, silently; a file that
 * cannot be fetched or used means the defaults plus a notice.
 */
export async function loadConfig(
  fetchText: FetchText = (url) => fetch(url, { cache: "no-cache" }),
  url = CONFIG_URL,
  timeoutMs = CONFIG_TIMEOUT_MS,
): Promise<LoadedConfig> {
  let text: string;
  try {
    const response = await withTimeout(fetchText(url), timeoutMs, "config.json");
    if (response.status === 404) return { config: DEFAULT_CONFIG };
    if (!response.ok) return withDefaults({ reason: "status", status: response.status });
    text = await withTimeout(response.text(), timeoutMs, "config.json");
  } catch (error) {
    return withDefaults({ reason: "download", detail: errorMessage(error) });
  }
  try {
    return { config: parseConfigText(text) };
  } catch (error) {
    return withDefaults({
      reason: "invalid",
      detail: error instanceof ConfigError ? error.message : errorMessage(error),
    });
  }
}
