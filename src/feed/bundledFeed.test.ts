import { readFileSync } from "node:fs";
import { normalizeHost } from "../engine";
import { sharedData } from "../../test/support/sharedData";
import { bundledFeed } from "./bundledFeed";

const BUNDLED_FEED = bundledFeed();
import { parseFeed } from "./feedSchema";

describe("bundled feed", () => {
  it("cites a public https source and a date for every spoof", () => {
    for (const s of BUNDLED_FEED.spoofs) {
      expect(new URL(s.source).protocol).toBe("https:");
      expect(s.reported).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("lists each domain once, already normalised", () => {
    const domains = BUNDLED_FEED.spoofs.map((s) => s.domain);
    expect(new Set(domains).size).toBe(domains.length);
    for (const d of domains) expect(normalizeHost(d)?.host).toBe(d);
  });

  it("holds the six domains Microsoft seized in August 2018", () => {
    const domains = new Set(BUNDLED_FEED.spoofs.map((s) => s.domain));
    for (const d of [
      "senate.group",
      "adfs-senate.services",
      "adfs-senate.email",
      "my-iri.org",
      "hudsonorg-my-sharepoint.com",
      "office365-onedrive.com",
    ]) {
      expect(domains).toContain(d);
    }
  });

  it("carries every well-sourced case from the research list", () => {
    const path = sharedData("seed-domains.json");
    if (!path) return;
    const seed = JSON.parse(readFileSync(path, "utf8")) as {
      entries: { domain: string; source: string; confidence: string }[];
    };
    const wellSourced = seed.entries.filter(
      (e) => e.confidence === "high" && e.source.startsWith("https://"),
    );
    const bundled = new Map(BUNDLED_FEED.spoofs.map((s) => [s.domain, s]));
    expect(wellSourced.length).toBeGreaterThan(50);
    for (const e of wellSourced) expect(bundled.get(e.domain)?.source).toBe(e.source);
  });
});

describe("parseFeed", () => {
  it("names the first bad field", () => {
    expect(() => parseFeed({ ...BUNDLED_FEED, format: 2 })).toThrow(/format/);
    expect(() => parseFeed({ ...BUNDLED_FEED, spoofs: [{ domain: "x.com" }] })).toThrow(/spoofs\.0\./);
    expect(() => parseFeed("nonsense")).toThrow(/Invalid feed/);
  });
});
