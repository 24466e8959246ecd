import fc from "fast-check";
import { skeleton, skeletons } from ".";
import { ALTERNATIVES } from "./chromiumExtras";
import { slowSkeleton } from "./skeleton";
import { skeletonTable } from "./table";

/** Characters the pipeline actually acts on: every mapped source and prototype, marks, separators. */
const interesting = (() => {
  const chars = new Set<string>(["-", ".", "_", "\u0301", "\u0308", "\u0329", "\u0338", "ı", "İ", "Σ", "ς"]);
  for (const [cp, value] of skeletonTable()) {
    chars.add(String.fromCodePoint(cp));
    for (const ch of value) chars.add(ch);
  }
  for (const ch of ALTERNATIVES.keys()) chars.add(ch);
  return [...chars];
})();

const anyCodePoints = fc.string({ unit: "binary", maxLength: 24 });
const anyUtf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)) });
const mappedChars = fc.string({ unit: fc.constantFrom(...interesting), maxLength: 16 });
const anyText = fc.oneof(anyCodePoints, anyUtf16, mappedChars, fc.string({ unit: "grapheme" }));
const asciiText = fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)) });
const domainChars = fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789-.") });
const label = fc.string({ unit: fc.constantFrom(..."aemwo01-éёώł中ӏþ"), maxLength: 8 });

describe("skeleton properties", () => {
  it("never throws; skeletons is never empty and starts with skeleton", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const all = skeletons(text);
        expect(all.length).toBeGreaterThan(0);
        expect(all.length).toBeLessThanOrEqual(128);
        expect(all[0]).toBe(skeleton(text));
      }),
      { numRuns: 500 },
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = skeleton(text);
        expect(skeleton(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it("is lower-case", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const s of skeletons(text)) expect(s.toLowerCase()).toBe(s);
      }),
    );
  });

  it("maps ASCII letters, digits, hyphens and dots to ASCII letters, digits, hyphens and dots", () => {
    fc.assert(fc.property(domainChars, (text) => expect(skeleton(text)).toMatch(/^[a-z0-9.-]*$/)));
  });

  it("takes the ASCII table path to the same result as the full pipeline", () => {
    fc.assert(
      fc.property(asciiText, (text) => expect(skeleton(text)).toBe(slowSkeleton(text))),
      {
        numRuns: 500,
      },
    );
  });

  it("works label by label", () => {
    fc.assert(
      fc.property(label, label, (a, b) =>
        expect(skeleton(`${a}.${b}`)).toBe(`${skeleton(a)}.${skeleton(b)}`),
      ),
    );
  });
});
