import fc from "fast-check";
import { hashOf } from "./deletionHash";
import { HashFilter } from "./hashFilter";

describe("HashFilter", () => {
  it("never forgets a key it was given", () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 200 }), (keys) => {
        const filter = new HashFilter(keys.length);
        for (const k of keys) filter.add(hashOf(k));
        for (const k of keys) expect(filter.has(hashOf(k))).toBe(true);
      }),
    );
  });

  it("rules out most other keys", () => {
    const filter = new HashFilter(10_000);
    for (let i = 0; i < 10_000; i++) filter.add(hashOf(`protected${i}`));
    let falsePositives = 0;
    for (let i = 0; i < 100_000; i++) if (filter.has(hashOf(`other-${i}.example`))) falsePositives++;
    expect(falsePositives / 100_000).toBeLessThan(0.03);
  });
});
