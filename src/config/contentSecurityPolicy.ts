/**
 * The Content-Security-Policy of each page. Baked into the pages as a <meta> (the first tag of <head>):
 * `npm run build` allows connections to any https origin and this machine, since config.json is read at
 * run time; `npm run build:prod` narrows them to what its config.json names (README, "Security").
 */
import type { Config } from "./configSchema";

/** Where office.js and the scripts it loads come from. */
export const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";

/** `npm run build`: any https origin (a config.json added later) and this machine (development). */
export const DEVELOPMENT_CONNECT = ["https:", "http://localhost:*", "http://127.0.0.1:*"];

/** office: loads office.js (pane, commands, sign-in dialog); standalone: no Microsoft script; help: no script. */
export type PageKind = "office" | "standalone" | "help";

/**
 * The origins the Office pages may fetch from besides their own: the feed (and its .sig beside it), the
 * webhook, and Graph with its sign-in authority, each only when the config uses it. Origins, not full
 * URLs: an origin cannot carry the `;` or `,` that would end the directive.
 */
export function connectOrigins(config: Config): string[] {
  const urls = [config.feed.url];
  if (config.report.mode === "webhook") urls.push(config.report.webhookUrl);
  if (config.report.mode === "graph") urls.push(config.report.graphUrl, config.report.authority);
  const origins = urls.flatMap((url) => (url ? [new URL(url).origin] : []));
  return [...new Set(origins)];
}

/**
 * Fluent UI v9 (griffel) writes its styles into <style> elements at run time, so styles are
 * 'unsafe-inline'. A nonce would need a new value per response, which a static host cannot give.
 * Scripts never are: no inline script, no eval, only this origin (and office.js where it is loaded).
 */
export function contentSecurityPolicy(page: PageKind, connect: string[]): string {
  const directives: [string, string[]][] =
    page === "help"
      ? [
          ["default-src", ["'none'"]],
          ["style-src", ["'self'"]],
          ["img-src", ["'self'"]],
        ]
      : [
          ["default-src", ["'none'"]],
          ["script-src", page === "office" ? ["'self'", OFFICE_JS_ORIGIN] : ["'self'"]],
          ["style-src", ["'self'", "'unsafe-inline'"]],
          ["img-src", ["'self'", "data:"]],
          ["font-src", ["'self'"]],
          // The standalone page promises that nothing leaves the computer: config.json only.
          ["connect-src", page === "office" ? ["'self'", ...connect] : ["'self'"]],
        ];
  directives.push(["base-uri", ["'none'"]], ["form-action", ["'none'"]]);
  return directives.map(([name, sources]) => `${name} ${sources.join(" ")}`).join("; ");
}

/** Which policy each built page gets. */
export const PAGE_KINDS: Record<string, PageKind> = {
  "taskpane.html": "office",
  "commands.html": "office",
  "auth-dialog.html": "office",
  "index.html": "standalone",
  "help.html": "help",
};
