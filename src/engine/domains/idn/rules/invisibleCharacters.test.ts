import { invisibleCharacters } from "./invisibleCharacters";
import { labelContext } from "./rule";

const check = (label: string) => invisibleCharacters.check(labelContext(label, "com"));

describe("invisible-character", () => {
  it("reports the same nonspacing mark twice on one letter, even when precomposed", () => {
    expect(check("e\u0301\u0301")?.chars.map((c) => c.codePoint)).toEqual(["U+0301"]);
    expect(check("\u00e9\u0301")?.chars.map((c) => c.codePoint)).toEqual(["U+0301"]);
  });

  it("reports blank-looking symbols", () => {
    expect(check("a\u2800b")?.explanation).toContain("an invisible character (U+2800, Braille)");
  });

  it("accepts single or different marks, and the same mark on different letters", () => {
    for (const label of ["café", "a\u0301\u0300", "e\u0301e\u0301", "हिन्दी"])
      expect(check(label)).toBeUndefined();
  });
});
