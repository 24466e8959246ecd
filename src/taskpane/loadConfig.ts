import type { Config } from "../config/configSchema";
import { DEFAULT_CONFIG } from "../config/defaults";
import { ConfigError, parseConfigText } from "../config/loadConfig";
import { withTimeout } from "../office/officeCall";
import { errorMessage } from "./displayText";

export interface LoadedConfig {
  config: Config;
  /** Set when the admin's file exists but could not be used; shown to the user, never alarming. */
  notice?: string;
}

/** The admin's file, served beside taskpane.html. */
export const CONFIG_URL = "config.json";

/** A hung server must not keep the pane on "Starting…": after this, the defaults are used. */
export const CONFIG_TIMEOUT_MS = 10_000;

type FetchText = (url: string) => Promise<Pick<Response, "ok" | "status" | "text">>;

function notice(reason: string): LoadedConfig {
  let trimmed = reason.trim().replace(/[.\s]+$/, "");
  if (/^[A-Z][a-z]/.test(trimmed)) trimmed = trimmed.charAt(0).toLowerCase() + trimmed.slice(1);
  return {
    config: DEFAULT_CONFIG,
    notice: `Your organisation's CampaignGuard settings could not be read: ${trimmed}. Using defaults.`,
  };
}

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
    if (!response.ok) return notice(`the server answered with status ${response.status}`);
    text = await withTimeout(response.text(), timeoutMs, "config.json");
  } catch (error) {
    return notice(`the file could not be downloaded (${errorMessage(error)})`);
  }
  try {
    return { config: parseConfigText(text) };
  } catch (error) {
    return notice(error instanceof ConfigError ? error.message : errorMessage(error));
  }
}
