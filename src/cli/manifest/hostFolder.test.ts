import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeHostFolder } from "./hostFolder";

const template = readFileSync(join(__dirname, "..", "..", "..", "manifest.xml"), "utf8");
let dir: string;

/** A pane build as webpack writes it, with the development manifest, well-known file and CLI. */
function fakeDist(extra: Record<string, string> = {}): string {
  const dist = join(dir, "dist");
  const files: Record<string, string> = {
    "taskpane.html": "<!doctype html><script src=taskpane.js></script>",
    "taskpane.js": 'const words=["localhost","invalid"];',
    "index.html": "<!doctype html>",
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
});
