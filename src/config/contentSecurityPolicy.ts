/**
 * The Content-Security-Policy of each page. Baked into the pages as a <meta> (the first tag of <head>):
 * `npm run build` allows connections to any https origin and this machine, since config.json is read at
 * run time; `npm run build:prod` narrows them to what its config.json names (README, "Security").
 */
import type { Config } from "./configSchema";

/** Where office.js and the scripts it loads come from. */
export const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";

/** The origins an Office page may reach besides its own. */
export interface AllowedOrigins {
  /** fetch: the feed, the webhook, Graph and its sign-in authority. */
  connect: string[];
  /** Frames: MSAL renews a sign-in silently in a hidden frame of the authority. */
  frame: string[];
}

/** `npm run build`: any https origin (a config.json added later) and this machine (development). */
export const DEVELOPMENT_ORIGINS: AllowedOrigins = {
  connect: ["https:", "http://localhost:*", "http://127.0.0.1:*"],
  frame: ["https:"],
};

/** office: loads office.js (pane, commands, sign-in dialog); standalone: no Microsoft script; help: no script. */
export type PageKind = "office" | "standalone" | "help";

const originsOf = (urls: (string | null)[]) => [
  ...new Set(urls.flatMap((url) => (url ? [new URL(url).origin] : []))),
];

/**
 * What the config makes the Office pages reach: the feed (and its .sig beside it), the webhook, and
 * Graph with its sign-in authority, each only when the config uses it. Origins, not full URLs: an
 * origin cannot carry the `;` or `,` that would end the directive.
 */
export function allowedOrigins(config: Config): AllowedOrigins {
  const graph = config.report.mode === "graph";
  return {
    connect: originsOf([
      config.feed.url,
      config.report.mode === "webhook" ? config.report.webhookUrl : null,
      ...(graph ? [config.report.graphUrl, config.report.authority] : []),
    ]),
    frame: originsOf(graph ? [config.report.authority] : []),
  };
}

/**
 * Fluent UI v9 (griffel) writes its styles into <style> elements at run time, so styles are
 * 'unsafe-inline'. A nonce would need a new value per response, which a static host cannot give.
 * Scripts never are: no inline script, no eval, only this origin (and office.js where it is loaded).
 */
export function contentSecurityPolicy(page: PageKind, allowed: AllowedOrigins): string {
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
          ["connect-src", page === "office" ? ["'self'", ...allowed.connect] : ["'self'"]],
        ];
  if (page === "office" && allowed.frame.length > 0) directives.push(["frame-src", allowed.frame]);
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
