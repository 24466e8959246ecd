import fc from "fast-check";
import { deletionHashes, hashOf } from "./deletionHash";

function deletionStrings(s: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < s.length; i++) out.add(s.slice(0, i) + s.slice(i + 1));
  return [...out];
}

describe("deletion hashes", () => {
  it("equal the hashes of the strings one deletion away", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const { hashes: all, count } = deletionHashes(s);
        const hashes = [...all.subarray(0, count)];
        expect(new Set(hashes)).toEqual(new Set(deletionStrings(s).map(hashOf)));
      }),
      { numRuns: 2000 },
    );
  });

  it("visits doubled letters once", () => {
    expect(deletionHashes("hotmaill").count).toBe(7);
  });
});
