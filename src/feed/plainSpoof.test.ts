import { spoofSchema } from "./feedSchema";
import { isPlainSpoof } from "./plainSpoof";

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
