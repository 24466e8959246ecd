import { getDomain, parse } from "tldts";
import { HOSTING_PLATFORMS, hostingPlatformOf } from "./freeHosting";
import { URL_SHORTENERS } from "./shorteners";

describe("HOSTING_PLATFORMS", () => {
  it("has 30 to 100 entries, one per suffix and path prefix", () => {
    expect(HOSTING_PLATFORMS.length).toBeGreaterThanOrEqual(30);
    expect(HOSTING_PLATFORMS.length).toBeLessThanOrEqual(100);
    const keys = HOSTING_PLATFORMS.map((p) => `${p.suffix}${p.pathPrefix ?? ""}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("lists a path-specific entry before the general one of the same suffix, as it is tried", () => {
    HOSTING_PLATFORMS.forEach((p, i) => {
      if (p.pathPrefix !== undefined) return;
      const later = HOSTING_PLATFORMS.slice(i + 1).filter((q) => q.suffix === p.suffix);
      expect(later).toEqual([]);
    });
  });

  it("leaves out the platforms where real organisations share files every day", () => {
    for (const host of [
      "campaign.sharepoint.com",
      "campaign-my.sharepoint.com",
      "www.dropbox.com",
      "we.tl",
      "d1a2b3.cloudfront.net",
      "onedrive.live.com",
      "1drv.ms",
    ]) {
      expect(hostingPlatformOf(host, "/s/abc")).toBeUndefined();
    }
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
    ["us-central1-black-octagon-376806.cloudfunctions.net", "cloudfunctions.net", "app-platform"],
    ["doc-viewer-1a2b.onrender.com", "onrender.com", "app-platform"],
    ["drive.google.com", "drive.google.com", "file-sharing"],
    ["storage.cloud.google.com", "storage.cloud.google.com", "object-storage"],
    ["project.firebasestorage.app", "firebasestorage.app", "object-storage"],
    ["telegra.ph", "telegra.ph", "site-builder"],
    ["linktr.ee", "linktr.ee", "site-builder"],
    ["sway.cloud.microsoft", "sway.cloud.microsoft", "site-builder"],
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

  it("takes the path-specific entry first, and the general one of the same suffix otherwise", () => {
    expect(hostingPlatformOf("docs.google.com", "/forms/d/e/1FAIpQL/viewform")).toMatchObject({
      name: "Google Forms",
      kind: "form-builder",
    });
    for (const path of [
      "/document/d/1abc/edit",
      "/drawings/d/1abc/edit",
      "/presentation/d/1abc/",
      "/forms",
      "",
    ]) {
      expect(hostingPlatformOf("docs.google.com", path)).toMatchObject({
        name: "Google Docs",
        kind: "file-sharing",
      });
    }
    expect(hostingPlatformOf("forms.gle", "/abc")).toMatchObject({ name: "Google Forms" });
  });

  it.each([
    "bucket.s3.us-east-1.amazonaws.com",
    "recover-portal.s3.eu-north-1.amazonaws.com",
    "s3.us-east-2.amazonaws.com",
    "s3.ap-northeast-2.amazonaws.com",
    "bucket.s3-us-west-1.amazonaws.com",
    "s3-us-west-1.amazonaws.com",
    "bucket.s3-website-eu-west-1.amazonaws.com",
    "bucket.s3-website.eu-west-1.amazonaws.com",
    "bucket.s3.dualstack.us-east-1.amazonaws.com",
    "bucket.s3.us-gov-west-1.amazonaws.com",
    "bucket.s3-external-1.amazonaws.com",
    "Bucket.S3.US-East-1.AmazonAWS.com.",
    "bucket.s3.amazonaws.com",
  ])("%s is Amazon S3", (host) => {
    expect(hostingPlatformOf(host)).toMatchObject({ name: "Amazon S3", kind: "object-storage" });
  });

  it.each([
    "ec2-3-138-125-44.us-east-2.compute.amazonaws.com",
    "s3-lb-123456.us-east-1.elb.amazonaws.com",
    "abc.execute-api.us-east-1.amazonaws.com",
    "us-east-1.amazonaws.com",
    "amazonaws.com",
    "s3.us-east-1.amazonaws.com.evil.example",
    "s3.us-east-1.amazonaws.co",
    "s3x.us-east-1.amazonaws.com",
  ])("%s is not Amazon S3", (host) => {
    expect(hostingPlatformOf(host)).toBeUndefined();
  });
});
