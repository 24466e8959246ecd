import { readFileSync } from "node:fs";
import { join } from "node:path";
import { normalizeHost, spoofEntries } from "../engine";
import { sharedData } from "../../test/support/sharedData";
import { bundledFeed } from "./bundledFeed";

const BUNDLED_FEED = bundledFeed();
const BUNDLED_SPOOFS = spoofEntries(BUNDLED_FEED.spoofs);
import { parseFeed } from "./feedSchema";

describe("bundled feed", () => {
  it("cites a public https source and a date for every spoof", () => {
    for (const s of BUNDLED_SPOOFS) {
      expect(new URL(s.source).protocol).toBe("https:");
      expect(s.reported).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("lists each domain once, already normalised", () => {
    const domains = BUNDLED_SPOOFS.map((s) => s.domain);
    expect(new Set(domains).size).toBe(domains.length);
    for (const d of domains) expect(normalizeHost(d)?.host).toBe(d);
  });

  it("holds the six domains Microsoft seized in August 2018", () => {
    const domains = new Set(BUNDLED_SPOOFS.map((s) => s.domain));
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
    const bundled = new Map(BUNDLED_SPOOFS.map((s) => [s.domain, s]));
    expect(wellSourced.length).toBeGreaterThan(50);
    for (const e of wellSourced) expect(bundled.get(e.domain)?.source).toBe(e.source);
  });
});

describe("parseFeed", () => {
  const doc = JSON.parse(readFileSync(join(__dirname, "bundled-feed.json"), "utf8"));

  it("reads the committed document, format 2, as the same lists as format 1", () => {
    expect(doc.format).toBe(2);
    const asList = parseFeed({ ...doc, format: 1, spoofs: BUNDLED_SPOOFS });
    const asColumns = parseFeed(doc);
    expect({ ...asColumns, spoofs: spoofEntries(asColumns.spoofs) }).toEqual({
      ...asList,
      format: 2,
      spoofs: spoofEntries(asList.spoofs),
    });
  });

  it("names the first bad field", () => {
    expect(() => parseFeed({ ...doc, format: 3 })).toThrow(/^Invalid feed: format: /);
    expect(() => parseFeed({ ...doc, spoofs: BUNDLED_SPOOFS })).toThrow(
      /^Invalid feed: spoofs: not an object of columns/,
    );
    expect(() => parseFeed({ ...doc, format: 1, spoofs: [{ domain: "x.com" }] })).toThrow(
      /^Invalid feed: spoofs\.0: imitates: /,
    );
    const badFirst = { ...doc, spoofs: { ...doc.spoofs, domain: ["", ...doc.spoofs.domain.slice(1)] } };
    expect(() => parseFeed(badFirst)).toThrow(/^Invalid feed: spoofs\.0: domain: not a domain name$/);
    expect(() => parseFeed("nonsense")).toThrow(/Invalid feed/);
  });
});
