import { readFileSync } from "node:fs";
import fc from "fast-check";
import { parse } from "tldts";
import { osaDistance } from "../../../test/support/naiveLookalike";
import { sharedData } from "../../../test/support/sharedData";
import { hasOneAdjacentSwap, isEditDistanceAtMostOne } from "./editDistance";
import { isLikelyTypoFalsePositive } from "./typoFalsePositives";

interface PredicateCase {
  test: string;
  domain: string;
  candidate: string;
  expected?: boolean;
  is_likely_false_positive?: boolean;
}

/** The registrable name without its ending, as the engine compares it ("abcde" for -abcde.com too). */
function nameOf(domain: string): string {
  return parse(domain, { validateHostname: false }).domainWithoutSuffix ?? domain;
}

function chromiumCases(test: string): PredicateCase[] {
  const path = sharedData("chromium/lookalike-cases.json");
  if (!path) return [];
  const all = JSON.parse(readFileSync(path, "utf8")).cases as PredicateCase[];
  return all.filter((c) => c.test === `LookalikeUrlUtilTest.${test}`);
}

describe("edit distance helpers", () => {
  it("agree with a full edit-distance table", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "-", "1"), maxLength: 8 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(isEditDistanceAtMostOne(a, b) || hasOneAdjacentSwap(a, b)).toBe(osaDistance(a, b) <= 1);
      }),
      { numRuns: 500 },
    );
  });

  it("match Chromium's IsEditDistanceAtMostOne and HasOneCharacterSwap vectors", () => {
    for (const c of chromiumCases("IsEditDistanceAtMostOne")) {
      expect([c.domain, c.candidate, isEditDistanceAtMostOne(c.domain, c.candidate)]).toEqual([
        c.domain,
        c.candidate,
        c.expected,
      ]);
    }
    for (const c of chromiumCases("HasOneCharacterSwap")) {
      expect([c.domain, c.candidate, hasOneAdjacentSwap(c.domain, c.candidate)]).toEqual([
        c.domain,
        c.candidate,
        c.expected,
      ]);
    }
  });
});

/**
 * Deliberate differences: for a name that ends in digits ("office365"), a change in those digits is a
 * classic spoof ("office356"), so only names without trailing digits get Chromium's digits filter.
 */
const DELIBERATE_DIFFERENCES = new Set<string>([
  "a.abcd1.com abcd2.com",
  "abcd1.com abcd2.com",
  "abcd11.com abcd21.com",
  "abcde.com abcde1.com",
]);

describe("typo false-positive filters", () => {
  it("match Chromium's EditDistanceExcludesCommonFalsePositives vectors", () => {
    const cases = chromiumCases("EditDistanceExcludesCommonFalsePositives");
    if (cases.length === 0) return; // ../shared is not beside the repo: sharedData said so
    const differ: string[] = [];
    for (const c of cases) {
      const a = nameOf(c.domain);
      const b = nameOf(c.candidate);
      // The engine compares names without their ending: equal names are never a typo.
      const filtered = a === b || isLikelyTypoFalsePositive(a, b);
      if (filtered !== c.is_likely_false_positive) differ.push(`${c.domain} ${c.candidate}`);
    }
    expect(differ.sort()).toEqual([...DELIBERATE_DIFFERENCES].sort());
  });
});
