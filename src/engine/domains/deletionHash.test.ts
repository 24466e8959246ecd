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
        const out = new Int32Array(s.length);
        const hashes = [...out.subarray(0, deletionHashes(s, out))];
        expect(new Set(hashes)).toEqual(new Set(deletionStrings(s).map(hashOf)));
      }),
      { numRuns: 400 },
    );
  });

  it("stay small integers, which V8 never boxes", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), (s) => {
        const out = new Int32Array(s.length);
        const hashes = [hashOf(s), ...out.subarray(0, deletionHashes(s, out))];
        for (const h of hashes) expect(h >= 0 && h < 2 ** 30).toBe(true);
      }),
    );
  });

  it("visits doubled letters once", () => {
    expect(deletionHashes("hotmaill", new Int32Array(8))).toBe(7);
  });
});
