import { deviationCharacters } from "./deviationCharacters";
import { labelContext } from "./rule";

describe("deviation-character", () => {
  it("reports the invisible joiners ZWJ and ZWNJ", () => {
    const zwj = deviationCharacters.check(labelContext("क्\u200d", "in"));
    expect(zwj?.chars).toEqual([{ char: "\u200d", codePoint: "U+200D", script: "Inherited" }]);
    expect(zwj?.explanation).toContain("an invisible character (U+200D, Inherited)");
    expect(deviationCharacters.check(labelContext("نامه\u200cای", "com"))?.chars[0].codePoint).toBe("U+200C");
  });

  it("accepts ß and ς, ordinary letters under nontransitional processing", () => {
    expect(deviationCharacters.check(labelContext("fuß", "de"))).toBeUndefined();
    expect(deviationCharacters.check(labelContext("αβς", "gr"))).toBeUndefined();
  });
});
