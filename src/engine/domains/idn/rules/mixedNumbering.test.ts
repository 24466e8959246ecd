import { mixedNumbering } from "./mixedNumbering";
import { labelContext } from "./rule";

const check = (label: string) => mixedNumbering.check(labelContext(label, "in"));

describe("mixed-numbering", () => {
  it("reports digits from two numbering systems, one example of each", () => {
    expect(check("asc1deva१")?.explanation).toBe(
      "mixes digits from different number systems: 1 (U+0031, Common), १ (U+0967, Devanagari)",
    );
    expect(check("deva१beng১")?.chars.map((c) => c.script)).toEqual(["Devanagari", "Bengali"]);
    expect(check("7৪9")?.chars.map((c) => c.char)).toEqual(["7", "৪"]);
  });

  it("tells apart digit sets encoded back to back", () => {
    // U+1D7CE… holds five sets of mathematical digits in a row.
    expect(check("\u{1D7CE}\u{1D7D8}")?.chars).toHaveLength(2);
    expect(check("\u{1D7CE}\u{1D7D7}")).toBeUndefined();
  });

  it("accepts one numbering system, or none", () => {
    for (const label of ["abc123", "१२३", "١٢٣", "shop"]) expect(check(label)).toBeUndefined();
  });
});
