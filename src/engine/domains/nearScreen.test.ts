import fc from "fast-check";
import { hasOneAdjacentSwap, isEditDistanceAtMostOne } from "./editDistance";
import { NearScreen } from "./nearScreen";

const letters = fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789-".split("")) });
const name = fc.string({
  unit: fc.constantFrom(..."abcdefghijklmnop".split("")),
  minLength: 5,
  maxLength: 20,
});

/** One random slip: a letter added, left out, changed, or two neighbours swapped. */
const slipped = fc
  .tuple(
    name,
    fc.nat(),
    fc.constantFrom("insert", "delete", "substitute", "swap"),
    fc.constantFrom(..."abcxyz"),
  )
  .map(([t, at, kind, c]) => {
    const p = at % t.length;
    const s =
      kind === "insert"
        ? t.slice(0, p) + c + t.slice(p)
        : kind === "delete"
          ? t.slice(0, p) + t.slice(p + 1)
          : kind === "substitute"
            ? t.slice(0, p) + c + t.slice(p + 1)
            : p + 1 < t.length
              ? t.slice(0, p) + t[p + 1] + t[p] + t.slice(p + 2)
              : t;
    return { t, s };
  });

describe("NearScreen", () => {
  it("never rules out a name one slip away", () => {
    fc.assert(
      fc.property(slipped, fc.array(name, { maxLength: 30 }), ({ t, s }, others) => {
        expect(new NearScreen([...others, t]).mayBeNear(s)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("agrees with the edit-distance checks whenever it says no", () => {
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 20 }), letters, (names, s) => {
        if (new NearScreen(names).mayBeNear(s)) return;
        for (const t of names) {
          expect(isEditDistanceAtMostOne(s, t) || hasOneAdjacentSwap(s, t)).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("rules out most unrelated names", () => {
    const screen = new NearScreen(["senate", "sharepoint", "microsoft", "hudson", "actblue", "brookings"]);
    const words = ["example", "sourceforge", "mailinglist", "newsletter", "washington", "university"];
    expect(words.filter((w) => screen.mayBeNear(w))).toEqual([]);
    expect(["senat", "sharepoimt", "micrsoft", "hudosn", "actblues"].every((w) => screen.mayBeNear(w))).toBe(
      true,
    );
  });
});
