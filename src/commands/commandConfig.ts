/**
 * The admin configuration for the commands bundle: config.json beside the page, over the defaults.
 * Any failure (no fetch, no page URL in the JavaScript-only runtime, 404, bad JSON, invalid schema,
 * timeout) gives the built-in defaults: reporting must work without a config file.
 */
import type { Config } from "../config/configSchema";
import { DEFAULT_CONFIG } from "../config/defaults";
import { CONFIG_TIMEOUT_MS, fetchConfig, type FetchText } from "../config/fetchConfig";

export interface ConfigSource {
  /** Defaults to the global fetch when there is one. */
  fetch?: FetchText;
  /** URL of the page the bundle runs in; defaults to `location.href` when there is one. */
  pageUrl?: string;
  timeoutMs?: number;
}

/** `config.json` resolved against the page URL, or plain relative when there is no page URL. */
export function configUrl(pageUrl: string | undefined): string {
  if (!pageUrl) return "config.json";
  try {
    return new URL("config.json", pageUrl).href;
  } catch {
    return "config.json";
  }
}

function defaultFetch(): FetchText | undefined {
  return typeof fetch === "function" ? (url) => fetch(url) : undefined;
}

function defaultPageUrl(): string | undefined {
  try {
    return typeof location !== "undefined" && typeof location.href === "string" ? location.href : undefined;
  } catch {
    return undefined;
  }
}

export async function loadCommandConfig(source: ConfigSource = {}): Promise<Config> {
  const get = source.fetch ?? defaultFetch();
  if (!get) return DEFAULT_CONFIG;
  const url = configUrl(source.pageUrl ?? defaultPageUrl());
  // Any problem leaves the defaults: a report must still go out (this face's policy).
  return (await fetchConfig(get, url, source.timeoutMs ?? CONFIG_TIMEOUT_MS)).config;
}
