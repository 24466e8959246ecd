import {
  allowedOrigins,
  contentSecurityPolicy,
  DEVELOPMENT_ORIGINS,
  OFFICE_JS_ORIGIN,
} from "./contentSecurityPolicy";
import { mergeConfig } from "./loadConfig";

/** The sources of one directive. */
function directive(policy: string, name: string): string[] | undefined {
  const found = policy.split("; ").find((d) => d.startsWith(`${name} `));
  return found?.split(" ").slice(1);
}

const NONE = { connect: [], frame: [] };

describe("allowedOrigins", () => {
  it("is empty for the defaults: no feed URL, reports composed in Outlook", () => {
    expect(allowedOrigins(mergeConfig({}))).toEqual(NONE);
  });

  it("names the feed, the webhook and Graph with its authority, each only when used", () => {
    const feed = { url: "https://lists.example.org/cg/feed.json" };
    expect(allowedOrigins(mergeConfig({ feed }))).toEqual({
      connect: ["https://lists.example.org"],
      frame: [],
    });
    const webhook = mergeConfig({
      report: { mode: "webhook", webhookUrl: "https://hooks.example.org:8443/r" },
    });
    expect(allowedOrigins(webhook).connect).toEqual(["https://hooks.example.org:8443"]);
    // A webhook URL left in the file while reports go by Graph opens nothing for it.
    const graph = mergeConfig({
      feed: { url: "https://graph.microsoft.com/feed.json" },
      report: {
        mode: "graph",
        webhookUrl: "https://hooks.example.org/r",
        graphUrl: "https://graph.microsoft.us/v1.0",
      },
    });
    expect(allowedOrigins(graph)).toEqual({
      connect: [
        "https://graph.microsoft.com",
        "https://graph.microsoft.us",
        "https://login.microsoftonline.com",
      ],
      frame: ["https://login.microsoftonline.com"],
    });
  });
});

describe("contentSecurityPolicy", () => {
  it("lets Office pages run their own scripts and office.js, and nothing inline", () => {
    const policy = contentSecurityPolicy("office", { connect: ["https://lists.example.org"], frame: [] });
    expect(directive(policy, "default-src")).toEqual(["'none'"]);
    expect(directive(policy, "script-src")).toEqual(["'self'", OFFICE_JS_ORIGIN]);
    expect(directive(policy, "connect-src")).toEqual(["'self'", "https://lists.example.org"]);
    expect(directive(policy, "style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directive(policy, "frame-src")).toBeUndefined();
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  });

  it("frames only the sign-in authority, and only when Graph is used", () => {
    const allowed = { connect: [], frame: ["https://login.microsoftonline.com"] };
    expect(directive(contentSecurityPolicy("office", allowed), "frame-src")).toEqual(allowed.frame);
    expect(directive(contentSecurityPolicy("standalone", allowed), "frame-src")).toBeUndefined();
  });

  it("keeps the standalone page off Microsoft's scripts and every other origin", () => {
    const policy = contentSecurityPolicy("standalone", DEVELOPMENT_ORIGINS);
    expect(directive(policy, "script-src")).toEqual(["'self'"]);
    expect(directive(policy, "connect-src")).toEqual(["'self'"]);
  });

  it("gives the help page styles from its own origin and no scripts", () => {
    const policy = contentSecurityPolicy("help", NONE);
    expect(directive(policy, "script-src")).toBeUndefined();
    expect(directive(policy, "default-src")).toEqual(["'none'"]);
    expect(directive(policy, "style-src")).toEqual(["'self'"]);
  });
});
