import { readFileSync } from "node:fs";
import { sharedData } from "../../../../test/support/sharedData";
import { checkIdn } from ".";

/**
 * Chromium's IDNToUnicode vectors (../shared/data/chromium/idn-cases.json): for each host, whether
 * Chromium shows each label decoded or keeps it as punycode. Nontransitional processing throughout,
 * as `expected_display` already assumes for ß and ς (`expect_transitional` is ignored).
 */

interface IdnCase {
  host: string;
  unicode: string | null;
  comment: string;
  expected_display: string;
  top_domain_dependent: boolean;
  platform?: string;
}

// Chromium blocks U+0620 only on macOS, because a system font draws it blank; the add-in cannot
// know the reader's fonts and follows every other platform. The two Thai sets (Linux/ChromeOS and
// the rest) both stay in: the Thai look-alike set here is their union and both cases sit under .th.
const SKIPPED_PLATFORMS = new Set(["apple-only"]);

// Hosts where this module knowingly disagrees with Chromium, and why.
const DELIBERATE_DIFFERENCES: Record<string, string> = {};

const path = sharedData("chromium/idn-cases.json");
const all: IdnCase[] = path ? JSON.parse(readFileSync(path, "utf8")) : [];
// Top-domain-dependent cases are unsafe only because their skeleton matches Chromium's test list of
// top domains; the matching engine (skeletons against protected domains) covers them, not this module.
const independent = all.filter((c) => !c.top_domain_dependent);
const cases = independent.filter((c) => !(c.platform && SKIPPED_PLATFORMS.has(c.platform)));

describe("Chromium IDN display vectors (top-domain-independent)", () => {
  it("loads the vectors and reports the tally", () => {
    if (!path) return;
    const matching = cases.filter((c) => checkIdn(c.host).display === c.expected_display);
    console.log(
      `Chromium IDN vectors: ${matching.length} of ${cases.length} match; ` +
        `${Object.keys(DELIBERATE_DIFFERENCES).length} deliberate differences; ` +
        `${independent.length - cases.length} platform-specific skipped; ` +
        `${all.length - independent.length} top-domain-dependent left to the matching engine`,
    );
    expect(cases.length).toBeGreaterThan(100);
    expect(Object.keys(DELIBERATE_DIFFERENCES).every((host) => cases.some((c) => c.host === host))).toBe(
      true,
    );
  });

  for (const c of cases) {
    const why = DELIBERATE_DIFFERENCES[c.host];
    const name = `${c.host} (${c.unicode ?? "invalid"}) shows as ${c.expected_display}: ${c.comment.slice(0, 70)}`;
    if (why) {
      it(`differs on purpose: ${name}`, () => {
        const result = checkIdn(c.host);
        expect(result.display).not.toBe(c.expected_display);
        expect(result.problems.map((p) => p.rule)).toContain("disallowed-character");
      });
    } else {
      it(name, () => expect(checkIdn(c.host).display).toBe(c.expected_display));
    }
  }
});
