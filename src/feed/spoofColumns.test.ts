import fc from "fast-check";
import { serializeFeed } from "./build/buildFeed";
import { writeSpoofColumns } from "./build/writeSpoofColumns";
import { spoofEntries, spoofListOf } from "../engine";
import { parseFeed, parseFeedLeniently, type Feed, type Spoof } from "./feedSchema";
import { readSpoofColumns } from "./spoofColumns";

const good: Spoof = {
  domain: "senate-adfs-login.com",
  imitates: ["senate.gov"],
  technique: "brand-token",
  source: "https://example.org/report",
  reported: "2026-01-01",
};

/** The columns of `spoofs` as JSON would carry them. */
function columns(spoofs: Spoof[]): Record<string, unknown> {
  const { domain, columns: cols } = writeSpoofColumns(spoofs);
  return JSON.parse(JSON.stringify({ domain, ...cols })) as Record<string, unknown>;
}

const FEED_FIELDS = {
  version: 1,
  issued: "2026-01-01T00:00:00Z",
  expires: "2026-02-01T00:00:00Z",
  protected: [],
  allow: [],
};

describe("spoof columns (feed format 2)", () => {
  it("read back exactly the list they were written from, shared values and missing actors included", () => {
    const spoof = fc.record(
      {
        domain: fc.domain(),
        imitates: fc.array(fc.constantFrom("senate.gov", "iri.org", "ndi.org"), { maxLength: 3 }),
        technique: fc.constantFrom("brand-token", "tld-swap", "homoglyph"),
        source: fc.webUrl({ validSchemes: ["https"] }),
        reported: fc.constantFrom("2018-08-20", "2026-01-01"),
        actor: fc.constantFrom("APT28", "APT29"),
      },
      { requiredKeys: ["domain", "imitates", "technique", "source", "reported"] },
    );
    fc.assert(
      fc.property(fc.array(spoof, { maxLength: 30 }), (spoofs) => {
        const read = readSpoofColumns(columns(spoofs));
        expect(read.skipped).toEqual([]);
        const entries = spoofEntries(read.spoofs);
        expect(entries).toEqual(spoofs);
        // An entry without an actor has no actor key at all, as when read from format 1.
        expect(entries.map((s) => Object.keys(s).sort())).toEqual(spoofs.map((s) => Object.keys(s).sort()));
        const feed: Feed = { format: 2, ...FEED_FIELDS, spoofs: spoofListOf(spoofs) };
        const again = parseFeed(JSON.parse(serializeFeed(feed)));
        expect({ ...again, spoofs: spoofEntries(again.spoofs) }).toEqual({ ...feed, spoofs });
      }),
    );
  });

  it("store each distinct value once", () => {
    const spoofs = ["a.com", "b.com", "c.com"].map((domain) => ({ ...good, domain }));
    const { columns: cols } = writeSpoofColumns([...spoofs, { ...good, domain: "d.com", actor: "APT28" }]);
    expect(cols.imitates).toEqual({ values: [["senate.gov"]], of: [0, 0, 0, 0] });
    expect(cols.actor).toEqual({ values: ["APT28"], of: [-1, -1, -1, 0] });
    expect(writeSpoofColumns(spoofs).columns.actor).toBeUndefined();
  });

  it("leave out an entry with a bad domain or value, say which field, and keep the rest in order", () => {
    const raw = columns([
      { ...good, domain: "a.com" },
      { ...good, domain: "b.com", source: "https://b.example/" },
      { ...good, domain: "c.com", actor: "APT28" },
      { ...good, domain: "d.com" },
      { ...good, domain: "e.com", actor: "APT29" },
    ]) as { domain: unknown[]; source: { values: unknown[]; of: unknown[] }; actor: { of: unknown[] } };
    raw.domain[0] = "";
    raw.source.values[1] = "https://exa mple.org/";
    raw.actor.of[2] = 7;
    raw.source.of[3] = 0.5;
    const read = readSpoofColumns(raw);
    expect(spoofEntries(read.spoofs)).toEqual([{ ...good, domain: "e.com", actor: "APT29" }]);
    expect(read.spoofs.domainAt(0)).toBe("e.com");
    expect(read.skipped).toEqual([
      { index: 0, reason: "domain: not a domain name" },
      { index: 1, reason: "source: not a URL" },
      { index: 2, reason: "actor: no value number 7" },
      { index: 3, reason: "source: no value number 0.5" },
    ]);
  });

  it.each([
    ["imitates", "senate.gov", "imitates: not a list of domain names"],
    ["imitates", ["senate.gov", 3], "imitates: not a list of domain names"],
    ["technique", null, "technique: not text"],
    ["reported", 20260101, "reported: not text"],
    ["actor", ["APT28"], "actor: not text"],
    ["source", "javascript alert", "source: not a URL"],
    ["source", " https://example.org/report", "source: not a URL"],
    ["source", "example.org/report", "source: not a URL"],
  ])("refuse a %s value of %j, which a format-1 reader would refuse or change", (field, value, reason) => {
    const raw = columns([{ ...good, actor: "APT28" }]) as Record<string, { values: unknown[] }>;
    raw[field].values[0] = value;
    const read = readSpoofColumns(raw);
    expect([read.spoofs.length, read.skipped]).toEqual([0, [{ index: 0, reason }]]);
    const asList = parseFeedLeniently({ format: 1, ...FEED_FIELDS, spoofs: [{ ...good, [field]: value }] });
    expect(spoofEntries(asList.feed.spoofs)).not.toContainEqual({ ...good, [field]: value });
  });

  it("take -1 for no actor only in the actor column", () => {
    const raw = columns([{ ...good, actor: "APT28" }, good]) as Record<string, { of: unknown[] }>;
    expect(readSpoofColumns(raw).spoofs.entryAt(1)).toStrictEqual(good);
    raw.technique.of[1] = -1;
    expect(readSpoofColumns(raw).skipped).toEqual([{ index: 1, reason: "technique: no value number -1" }]);
  });

  it.each([
    [null, /^invalid feed: spoofs: not an object of columns$/],
    [[good], /^invalid feed: spoofs: not an object of columns$/],
    [{ ...columns([good]), domain: "a.com" }, /^invalid feed: spoofs\.domain: not a list$/],
    [{ ...columns([good]), technique: undefined }, /^invalid feed: spoofs\.technique: not a column$/],
    [{ ...columns([good]), source: { of: [0] } }, /^invalid feed: spoofs\.source\.values: not a list$/],
    [
      { ...columns([good]), reported: { values: ["2026-01-01"], of: [0, 0] } },
      /^invalid feed: spoofs\.reported\.of: 2 entries for 1 domains$/,
    ],
  ])("refuse the whole feed when a column is broken: %j", (raw, message) => {
    expect(() => readSpoofColumns(raw)).toThrow(message);
  });
});
