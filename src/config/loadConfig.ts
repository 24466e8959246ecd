import { CONFIG_LIMITS } from "./configLimits";
import { partialConfigSchema, type Config } from "./configSchema";
import { DEFAULT_CONFIG } from "./defaults";

export class ConfigError extends Error {}

/** Merges a validated admin document over the defaults. */
export function mergeConfig(input: unknown): Config {
  const result = partialConfigSchema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue.path.length > 0 ? issue.path.join(".") : "the top level";
    throw new ConfigError(`Invalid configuration at ${where}: ${issue.message}`);
  }
  const given = result.data;
  return {
    ...DEFAULT_CONFIG,
    ...given,
    feed: { ...DEFAULT_CONFIG.feed, ...given.feed },
    report: { ...DEFAULT_CONFIG.report, ...given.report },
  };
}

/**
 * Parses the admin's config.json text; throws ConfigError with a one-line reason. A UTF-8 byte-order
 * mark (which Windows editors write) is accepted here, so the pane, the commands and the CLI agree.
 */
export function parseConfigText(text: string): Config {
  if (text.length > CONFIG_LIMITS.bytes)
    throw new ConfigError(`The configuration is larger than ${CONFIG_LIMITS.bytes / 1024 / 1024} MB`);
  let json: unknown;
  try {
    json = JSON.parse(text.startsWith("\uFEFF") ? text.slice(1) : text);
  } catch (error) {
    throw new ConfigError(`The configuration is not valid JSON: ${(error as Error).message}`);
  }
  return mergeConfig(json);
}
