import {
  connectOrigins,
  contentSecurityPolicy,
  DEVELOPMENT_CONNECT,
  OFFICE_JS_ORIGIN,
} from "./contentSecurityPolicy";
import { mergeConfig } from "./loadConfig";

/** The sources of one directive. */
function directive(policy: string, name: string): string[] | undefined {
  const found = policy.split("; ").find((d) => d.startsWith(`${name} `));
  return found?.split(" ").slice(1);
}

describe("connectOrigins", () => {
  it("is empty for the defaults: no feed URL, reports composed in Outlook", () => {
    expect(connectOrigins(mergeConfig({}))).toEqual([]);
  });

  it("names the feed, the webhook and Graph with its authority, each only when used", () => {
    const feed = { url: "https://lists.example.org/cg/feed.json" };
    expect(connectOrigins(mergeConfig({ feed }))).toEqual(["https://lists.example.org"]);
    const webhook = mergeConfig({
      report: { mode: "webhook", webhookUrl: "https://hooks.example.org:8443/r" },
    });
    expect(connectOrigins(webhook)).toEqual(["https://hooks.example.org:8443"]);
    // A webhook URL left in the file while reports go by Graph opens nothing for it.
    const graph = mergeConfig({
      feed: { url: "https://graph.microsoft.com/feed.json" },
      report: {
        mode: "graph",
        webhookUrl: "https://hooks.example.org/r",
        graphUrl: "https://graph.microsoft.us/v1.0",
      },
    });
    expect(connectOrigins(graph)).toEqual([
      "https://graph.microsoft.com",
      "https://graph.microsoft.us",
      "https://login.microsoftonline.com",
    ]);
  });
});

describe("contentSecurityPolicy", () => {
  it("lets Office pages run their own scripts and office.js, and nothing inline", () => {
    const policy = contentSecurityPolicy("office", ["https://lists.example.org"]);
    expect(directive(policy, "default-src")).toEqual(["'none'"]);
    expect(directive(policy, "script-src")).toEqual(["'self'", OFFICE_JS_ORIGIN]);
    expect(directive(policy, "connect-src")).toEqual(["'self'", "https://lists.example.org"]);
    expect(directive(policy, "style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  });

  it("keeps the standalone page off Microsoft's scripts and every other origin", () => {
    const policy = contentSecurityPolicy("standalone", DEVELOPMENT_CONNECT);
    expect(directive(policy, "script-src")).toEqual(["'self'"]);
    expect(directive(policy, "connect-src")).toEqual(["'self'"]);
  });

  it("gives the help page styles from its own origin and no scripts", () => {
    const policy = contentSecurityPolicy("help", []);
    expect(directive(policy, "script-src")).toBeUndefined();
    expect(directive(policy, "default-src")).toEqual(["'none'"]);
    expect(directive(policy, "style-src")).toEqual(["'self'"]);
  });
});
