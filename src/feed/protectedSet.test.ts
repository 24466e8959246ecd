import { getDomain } from "tldts";
import bundled from "./bundled-feed.json";
import { parseFeed } from "./feedSchema";

const FEED = parseFeed(bundled);
const PROTECTED = FEED.protected.map((p) => p.domain);
const ALLOW = FEED.allow.map((a) => a.domain);

const CATEGORIES = new Set([
  "government",
  "election-authority",
  "party",
  "think-tank",
  "democracy-ngo",
  "campaign-platform",
  "identity-provider",
  "file-sharing",
  "communication",
]);

function duplicates(list: readonly string[]): string[] {
  const seen = new Set<string>();
  return list.filter((d) => (seen.has(d) ? true : (seen.add(d), false)));
}

describe("bundled protected set and allow list", () => {
  it("parses against the feed schema", () => {
    expect(() => parseFeed(bundled)).not.toThrow();
    expect(PROTECTED.length).toBeGreaterThanOrEqual(100);
    expect(ALLOW.length).toBeGreaterThanOrEqual(60);
  });

  it.each([...PROTECTED, ...ALLOW])("%s is a lower-case registrable domain", (d) => {
    expect(d).toBe(d.toLowerCase());
    expect(d).toMatch(/^[a-z0-9.-]+$/);
    expect(getDomain(d, { allowPrivateDomains: true })).toBe(d);
  });

  it("lists each domain once, within and across the two lists", () => {
    expect(duplicates(PROTECTED)).toEqual([]);
    expect(duplicates(ALLOW)).toEqual([]);
    expect(duplicates([...PROTECTED, ...ALLOW])).toEqual([]);
  });

  it("never allow-lists a protected domain", () => {
    const protectedSet = new Set(PROTECTED);
    expect(ALLOW.filter((d) => protectedSet.has(d))).toEqual([]);
  });

  it("gives every protected domain a name and a known category", () => {
    for (const p of FEED.protected) {
      expect(p.name.trim()).not.toBe("");
      expect(CATEGORIES).toContain(p.category);
    }
  });

  it("gives every allow entry an owner", () => {
    for (const a of FEED.allow) expect(a.owner.trim()).not.toBe("");
  });

  it("protects the six targets of the 2018 Strontium domains", () => {
    for (const d of [
      "senate.gov",
      "iri.org",
      "hudson.org",
      "sharepoint.com",
      "office365.com",
      "onedrive.com",
    ]) {
      expect(PROTECTED).toContain(d);
    }
  });

  it("covers every category", () => {
    const used = new Set(FEED.protected.map((p) => p.category));
    expect([...CATEGORIES].filter((c) => !used.has(c))).toEqual([]);
  });
});
