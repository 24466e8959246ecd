import { digitLookalikes } from "./digitLookalikes";
import { labelContext } from "./rule";

const check = (label: string) => digitLookalikes.check(labelContext(label, "com"));

describe("digit-lookalike", () => {
  it("reports a label of only digits and digit look-alikes", () => {
    expect(check("1շ")?.explanation).toBe(
      "reads as a number but uses characters that only look like digits: շ (U+0577, Armenian) looks like 2",
    );
    expect(check("੨੨੨")?.chars).toHaveLength(1);
    expect(check("16კ")?.chars.map((c) => c.codePoint)).toEqual(["U+10D9"]);
    expect(check("123456789θ")).toBeDefined();
  });

  it("accepts plain numbers and labels with other letters", () => {
    for (const label of ["123", "1շa", "з-3", "зоопарк"]) expect(check(label)).toBeUndefined();
  });
});
