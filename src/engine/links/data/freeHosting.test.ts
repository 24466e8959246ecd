import { getDomain, parse } from "tldts";
import { HOSTING_PLATFORMS, hostingPlatformOf } from "./freeHosting";
import { URL_SHORTENERS } from "./shorteners";

describe("HOSTING_PLATFORMS", () => {
  it("has 30 to 50 entries, one per suffix", () => {
    expect(HOSTING_PLATFORMS.length).toBeGreaterThanOrEqual(30);
    expect(HOSTING_PLATFORMS.length).toBeLessThanOrEqual(50);
    const suffixes = HOSTING_PLATFORMS.map((p) => p.suffix);
    expect(new Set(suffixes).size).toBe(suffixes.length);
  });

  it("holds lower-case host names with a registrable domain, never a bare public suffix", () => {
    for (const { suffix, name, pathPrefix } of HOSTING_PLATFORMS) {
      expect(suffix).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
      const parsed = parse(suffix);
      expect(parsed.hostname).toBe(suffix);
      expect(parsed.isIcann).toBe(true);
      // "app" or "co.uk" would match half the internet; every entry must sit under a registrable domain.
      expect(getDomain(suffix)).not.toBeNull();
      expect(name.trim()).not.toBe("");
      if (pathPrefix !== undefined) expect(pathPrefix).toMatch(/^\/.+\/$/);
    }
  });

  it("does not overlap the shortener list", () => {
    for (const { suffix } of HOSTING_PLATFORMS) expect(URL_SHORTENERS.has(suffix)).toBe(false);
  });
});

describe("hostingPlatformOf", () => {
  it.each([
    ["evil.run.app", "run.app", "app-platform"],
    ["x.web.app", "web.app", "static-hosting"],
    ["storage.googleapis.com", "storage.googleapis.com", "object-storage"],
    ["firebasestorage.googleapis.com", "firebasestorage.googleapis.com", "object-storage"],
    ["login-office365.firebaseapp.com", "firebaseapp.com", "static-hosting"],
    ["pub-1234.r2.dev", "r2.dev", "object-storage"],
    ["acct.blob.core.windows.net", "blob.core.windows.net", "object-storage"],
    ["acct.z13.web.core.windows.net", "web.core.windows.net", "static-hosting"],
    ["bafybeigdyr.ipfs.dweb.link", "dweb.link", "ipfs-gateway"],
    ["senate-verify.000webhostapp.com", "000webhostapp.com", "static-hosting"],
    ["EVIL.Run.App.", "run.app", "app-platform"],
    ["run.app", "run.app", "app-platform"],
  ])("%s is on %s", (host, suffix, kind) => {
    expect(hostingPlatformOf(host)).toMatchObject({ suffix, kind });
  });

  it("matches whole labels only", () => {
    for (const host of [
      "notrun.app.example.com",
      "evilrun.app",
      "myweb.app",
      "storage.googleapis.com.evil.com",
      "googleapis.com",
      "app",
      "",
      ".",
    ]) {
      expect(hostingPlatformOf(host)).toBeUndefined();
    }
  });

  it("needs the path prefix where the entry has one", () => {
    expect(hostingPlatformOf("docs.google.com", "/forms/d/e/1FAIpQL/viewform")).toMatchObject({
      name: "Google Forms",
    });
    expect(hostingPlatformOf("docs.google.com", "/document/d/1abc/edit")).toBeUndefined();
    expect(hostingPlatformOf("docs.google.com")).toBeUndefined();
    expect(hostingPlatformOf("forms.gle", "/abc")).toMatchObject({ name: "Google Forms" });
  });
});
