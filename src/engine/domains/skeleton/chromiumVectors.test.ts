import { readFileSync } from "node:fs";
import { domainToUnicode } from "node:url";
import { sharedData } from "../../../../test/support/sharedData";
import { removeDiacritics, skeleton, skeletons } from ".";

/**
 * Chromium's IDN spoof-checker vectors (../shared/data/chromium/idn-extra.json, BSD-3-Clause, read at
 * test time). Without the file the tests pass without asserting on it (sharedData prints a note).
 *
 * Deliberate differences from Chromium:
 * - w → vv: Chromium keeps w, so its expected skeletons get w → vv before comparing.
 * - þ → p: Unicode 17 maps þ to p (our unicode17Additions), while Chromium's ICU data left þ alone,
 *   so Chromium's extra skeletons that still contain þ collapse into the p reading here.
 */
interface IdnExtra {
  assumed_top_domains_for_idn_tests: { skeletons: Record<string, string> };
  skeleton_cases: { cases: { host: string; expected_skeletons: string[]; comment: string }[] };
  diacritics_cases: { cases: { host: string; expected: string }[] };
  similar_top_domain_cases: { cases: { hostname: string; expected_top_domain: string | null }[] };
  lookup_skeleton_cases: { cases: { skeleton: string; skeleton_type: string; expected_domain: string }[] };
  unsafe_idn_to_unicode_cases: {
    cases: { expected_unicode: string; expected_matching_domain: string | null }[];
  };
}

const path = sharedData("chromium/idn-extra.json");
const extra = path ? (JSON.parse(readFileSync(path, "utf8")) as IdnExtra) : undefined;

/** Chromium's skeleton as we spell it: lower-case (ICU keeps O from 0) and w as vv. */
const ours = (chromium: string) => chromium.toLowerCase().replaceAll("w", "vv");

describe("Chromium IDN skeleton vectors", () => {
  it("gives the expected skeleton set for each host (dashes, Han look-alikes, multiple skeletons)", () => {
    if (!extra) return;
    for (const c of extra.skeleton_cases.cases) {
      const expected = new Set(c.expected_skeletons.map((s) => ours(s).replaceAll("þ", "p")));
      expect({ host: c.host, skeletons: new Set(skeletons(c.host)) }).toEqual({
        host: c.host,
        skeletons: expected,
      });
    }
  });

  it("removes diacritics only from Latin/Greek/Cyrillic hosts", () => {
    if (!extra) return;
    for (const c of extra.diacritics_cases.cases) {
      expect(removeDiacritics(domainToUnicode(c.host))).toBe(c.expected);
    }
  });

  it("agrees with the skeletons of the IDN test top domains", () => {
    if (!extra) return;
    for (const [domain, chromium] of Object.entries(extra.assumed_top_domains_for_idn_tests.skeletons)) {
      expect({ domain, skeleton: skeleton(domain) }).toEqual({ domain, skeleton: ours(chromium) });
    }
    for (const c of extra.lookup_skeleton_cases.cases.filter((l) => l.skeleton_type === "kFull")) {
      expect(skeleton(c.expected_domain)).toBe(ours(c.skeleton));
    }
  });

  it("finds the similar top domain through a shared skeleton", () => {
    if (!extra) return;
    // Cases expecting no match test Chromium's lookup (a top domain is not its own look-alike), not skeletons.
    const pairs = [
      ...extra.similar_top_domain_cases.cases.map((c) => [c.hostname, c.expected_top_domain] as const),
      ...extra.unsafe_idn_to_unicode_cases.cases.map(
        (c) => [c.expected_unicode, c.expected_matching_domain] as const,
      ),
    ].filter((pair): pair is readonly [string, string] => pair[1] !== null);
    expect(pairs.length).toBeGreaterThanOrEqual(10);
    for (const [host, top] of pairs) {
      const registrable = host.split(".").slice(-2).join(".");
      expect({ host, skeletons: skeletons(registrable) }).toEqual({
        host,
        skeletons: expect.arrayContaining([skeleton(top)]),
      });
    }
  });
});
