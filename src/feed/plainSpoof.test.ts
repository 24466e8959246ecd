import fc from "fast-check";
import { spoofEntries } from "../engine";
import { parseFeedLeniently, spoofSchema } from "./feedSchema";
import { isPlainSpoof, PLAIN_HTTPS_URL, SPOOF_FIELDS } from "./plainSpoof";

const valid = {
  domain: "senate-adfs-login.com",
  imitates: ["senate.gov"],
  technique: "brand-token",
  source: "https://example.org/report",
  reported: "2026-01-01",
};

const cases: unknown[] = [
  valid,
  { ...valid, actor: "APT28" },
  { ...valid, imitates: [] },
  { ...valid, source: "javascript:alert(1)" },
  { ...valid, extra: 1 },
  JSON.parse(
    `{"__proto__": {"x": 1}, "domain": "a.com", "imitates": [], "technique": "t", "source": "https://a", "reported": "r"}`,
  ),
  { ...valid, domain: "" },
  { ...valid, domain: 3 },
  { ...valid, imitates: ["senate.gov", 3] },
  { ...valid, imitates: "senate.gov" },
  { ...valid, technique: null },
  { ...valid, reported: undefined },
  { ...valid, actor: null },
  { ...valid, source: " https://example.org/report" },
  { ...valid, source: "https://example.org/re\tport" },
  { ...valid, source: "https://exa mple.org/" },
  { ...valid, source: "not a url" },
  { ...valid, source: "example.org/report" },
  { ...valid, source: "" },
  { ...valid, source: "https://1.2.3.999/report" },
  { ...valid, source: "https://example.123/report" },
  { ...valid, source: "https://xn--a.example/report" },
  { ...valid, source: "https://example..org/" },
  { ...valid, source: "https://example.org:99999/" },
  { ...valid, source: "https://example.org/\u00a0" },
  { domain: "a.com" },
  [valid],
  null,
  "senate-adfs-login.com",
];

describe("isPlainSpoof, the fast path past spoofSchema", () => {
  it.each(cases.map((c) => [JSON.stringify(c), c]))(
    "never keeps an entry spoofSchema would refuse or change: %s",
    (_, entry) => {
      if (!isPlainSpoof(entry)) return;
      const parsed = spoofSchema.safeParse(entry);
      expect(parsed.success).toBe(true);
      expect(parsed.data).toEqual(entry);
    },
  );

  it("takes the entries a feed builder writes", () => {
    expect(isPlainSpoof(valid)).toBe(true);
    expect(isPlainSpoof({ ...valid, actor: "APT28" })).toBe(true);
  });
});

describe("a spoof's source", () => {
  it("takes every string of the plain https shape without asking the URL parser, and each parses", () => {
    fc.assert(
      fc.property(fc.stringMatching(PLAIN_HTTPS_URL), (source) => {
        expect(SPOOF_FIELDS.source.ok(source)).toBe(URL.canParse(source));
        if (!source.includes("xn--")) expect(URL.canParse(source)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ["https://1.2.3.999/report", false],
    ["https://example.123/report", false],
    ["https://xn--a.example/report", false],
    ["https://example.org:99999/", false],
    ["https://example.org/re port", false],
    ["https://EXAMPLE.org/Report?q=1#top", true],
    ["https://203.0.113.7/report", true],
    ["http://example.org/report", true],
    ["https://example.org/report?q=a b", false],
  ])("%s: %s, as the URL parser says", (source, ok) => {
    expect(SPOOF_FIELDS.source.ok(source)).toBe(ok);
  });
});

describe("parseFeedLeniently", () => {
  const feed = {
    format: 1,
    version: 1,
    issued: "2026-01-01T00:00:00Z",
    expires: "2026-02-01T00:00:00Z",
    protected: [],
    allow: [],
  };

  it("keeps the entries around a bad one in order, each as spoofSchema returns it", () => {
    const spoofs = [
      { ...valid, domain: "a.com" },
      { ...valid, domain: "b.com", extra: 1 },
      { ...valid, domain: "c.com", imitates: "senate.gov" },
      { ...valid, domain: "d.com" },
    ];
    const { feed: parsed, skipped } = parseFeedLeniently({ ...feed, spoofs });
    expect(spoofEntries(parsed.spoofs)).toEqual([
      { ...valid, domain: "a.com" },
      { ...valid, domain: "b.com" },
      { ...valid, domain: "d.com" },
    ]);
    expect(skipped).toEqual([{ index: 2, reason: expect.any(String) }]);
  });
});
