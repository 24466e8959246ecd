import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseConfigText } from "../../config/loadConfig";
import { CONFIG_TEMPLATE, writeHostFolder } from "./hostFolder";

const template = readFileSync(join(__dirname, "..", "..", "..", "manifest.xml"), "utf8");
let dir: string;
// As webpack minifies it: the development policy lets the pane connect anywhere over https.
const DEV_POLICY = `<meta http-equiv=Content-Security-Policy content="default-src 'none'; connect-src 'self' https: http://localhost:*">`;

/** The connect-src directive of a written page. */
function connectSrc(out: string, page: string): string | undefined {
  return /connect-src ([^;"]*)/.exec(readFileSync(join(out, page), "utf8"))?.[1];
}

/** A pane build as webpack writes it, with the development manifest, well-known file and CLI. */
function fakeDist(extra: Record<string, string> = {}): string {
  const dist = join(dir, "dist");
  const files: Record<string, string> = {
    "taskpane.html": `<!doctype html><head>${DEV_POLICY}<script src=taskpane.js></script></head>`,
    "taskpane.js": 'const words=["localhost","invalid"];',
    "index.html": `<!doctype html><head>${DEV_POLICY}</head>`,
    "assets/icon-16.png": "png",
    "manifest.xml": template,
    ".well-known/microsoft-officeaddins-allowed.json": '{"allowed":["https://localhost:3000/commands.js"]}',
    "cli/campaign-guard.cjs": "cli",
    ...extra,
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dist, name, ".."), { recursive: true });
    writeFileSync(join(dist, name), text);
  }
  return dist;
}

beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "cg-host-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("writeHostFolder", () => {
  it("holds only what is hosted, with the production manifest and well-known file for that host", () => {
    const out = join(dir, "out");
    const folder = writeHostFolder(fakeDist(), out, "https://addins.campaign.org/guard/", template);
    expect(folder.files).toEqual([
      ".well-known/microsoft-officeaddins-allowed.json",
      "assets/icon-16.png",
      "config.json",
      "index.html",
      "manifest.xml",
      "taskpane.html",
      "taskpane.js",
    ]);
    const manifest = readFileSync(join(out, "manifest.xml"), "utf8");
    expect(manifest).toContain("https://addins.campaign.org/guard/taskpane.html");
    expect(manifest).not.toMatch(/localhost/i);
    expect(
      JSON.parse(readFileSync(join(out, ".well-known/microsoft-officeaddins-allowed.json"), "utf8")),
    ).toEqual({
      allowed: ["https://addins.campaign.org/guard/commands.js"],
    });
    expect(folder.wellKnownUrl).toBe(
      "https://addins.campaign.org/.well-known/microsoft-officeaddins-allowed.json",
    );
  });

  it("refuses a bundle that still names the development origin", () => {
    const dist = fakeDist({ "commands.js": 'fetch("https://localhost:3000/config.json")' });
    expect(() => writeHostFolder(dist, join(dir, "out"), "https://addins.campaign.org/", template)).toThrow(
      /development origin is still in commands.js/,
    );
  });

  it("refuses http and this machine as the host", () => {
    const dist = fakeDist();
    expect(() => writeHostFolder(dist, join(dir, "out"), "http://addins.campaign.org/", template)).toThrow(
      /https/,
    );
    expect(() => writeHostFolder(dist, join(dir, "out"), "https://localhost:3000/", template)).toThrow(
      /this machine/,
    );
  });

  it("writes a config.json template the loader accepts, and pages that may connect to their own origin only", () => {
    const out = join(dir, "out");
    const folder = writeHostFolder(fakeDist(), out, "https://addins.campaign.org/", template);
    const written = readFileSync(join(out, "config.json"), "utf8");
    expect(written).toBe(CONFIG_TEMPLATE);
    expect(parseConfigText(written).report.mode).toBe("compose");
    expect(folder.allowed).toEqual({ connect: [], frame: [] });
    expect(connectSrc(out, "taskpane.html")).toBe("'self'");
    expect(connectSrc(out, "index.html")).toBe("'self'");
    expect(readFileSync(join(out, "taskpane.html"), "utf8")).toContain("<script src=taskpane.js>");
  });

  it("lets the Office pages connect to the feed, webhook and Graph the given config names", () => {
    const out = join(dir, "out");
    const config = JSON.stringify({
      feed: { url: "https://lists.campaign.org/feed.json" },
      report: { mode: "graph", clientId: "c1", target: "security@campaign.org" },
    });
    const folder = writeHostFolder(fakeDist(), out, "https://addins.campaign.org/", template, { config });
    const origins = [
      "https://lists.campaign.org",
      "https://graph.microsoft.com",
      "https://login.microsoftonline.com",
    ];
    expect(folder.allowed).toEqual({ connect: origins, frame: ["https://login.microsoftonline.com"] });
    expect(connectSrc(out, "taskpane.html")).toBe(`'self' ${origins.join(" ")}`);
    expect(readFileSync(join(out, "taskpane.html"), "utf8")).toContain(
      "frame-src https://login.microsoftonline.com",
    );
    // The standalone page sends nothing anywhere.
    expect(connectSrc(out, "index.html")).toBe("'self'");
    expect(readFileSync(join(out, "config.json"), "utf8")).toBe(config);
  });

  it("refuses a config the loader would refuse, and a page without a policy", () => {
    const bad = JSON.stringify({ report: { mode: "webhook", webhookUrl: "http://hooks.campaign.org/" } });
    expect(() =>
      writeHostFolder(fakeDist(), join(dir, "out"), "https://addins.campaign.org/", template, {
        config: bad,
      }),
    ).toThrow(/report.webhookUrl: must be an https:\/\/ address/);
    const dist = fakeDist({ "commands.html": "<!doctype html><script src=commands.js></script>" });
    expect(() => writeHostFolder(dist, join(dir, "out"), "https://addins.campaign.org/", template)).toThrow(
      /commands.html has no Content-Security-Policy/,
    );
  });

  it("writes the name and support address into the manifest", () => {
    const out = join(dir, "out");
    const folder = writeHostFolder(fakeDist(), out, "https://addins.campaign.org/", template, {
      name: "Harper & Co phishing check",
      supportUrl: "https://it.campaign.org/help",
    });
    expect(folder.manifest).toContain('<DisplayName DefaultValue="Harper &amp; Co phishing check"/>');
    expect(folder.manifest).toContain('<SupportUrl DefaultValue="https://it.campaign.org/help"/>');
    expect(() =>
      writeHostFolder(fakeDist(), out, "https://addins.campaign.org/", template, {
        supportUrl: "http://it.campaign.org/help",
      }),
    ).toThrow(/--support-url must be an https/);
  });
});
