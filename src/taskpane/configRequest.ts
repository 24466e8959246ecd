/**
 * The admin's config.json, asked for the moment the pane's script starts. This module is the first
 * import of the pane's entry (index.tsx) and imports only a constant, so it runs before React, Fluent UI and
 * the engine are set up (half a second on a slow PC) and the answer is usually in when Outlook is
 * ready. Nothing else imports it: it has a side effect on purpose.
 */
import { CONFIG_URL, fetchUncached } from "./configUrl";

let begun: Promise<Response> | undefined =
  typeof fetch === "function" ? fetchUncached(CONFIG_URL) : undefined;
// A failure is loadConfig's to report when it takes the answer, not an unhandled rejection before.
begun?.catch(() => undefined);

/** loadConfig's fetch: hands over the request begun at start once; any later one goes out afresh. */
export function requestConfig(url: string): Promise<Response> {
  const early = begun;
  begun = undefined;
  return early && url === CONFIG_URL ? early : fetchUncached(url);
}
