import { disallowedCharacters } from "./disallowedCharacters";
import { labelContext } from "./rule";

const check = (label: string) => disallowedCharacters.check(labelContext(label, "com"));

describe("disallowed-character", () => {
  it("reports characters outside Identifier_Status=Allowed", () => {
    for (const [label, bad] of [
      ["ab♥", "♥"],
      ["ɡoogle", "ɡ"],
      ["hardᴡare", "ᴡ"],
      ["36°c", "°"],
      ["ᠣᠷᠳᠤ", "ᠣ"],
      ["ꓳ1", "ꓳ"],
    ]) {
      expect(check(label)?.chars.map((c) => c.char)).toContain(bad);
    }
  });

  it("reports Chromium's blocklist even where Unicode allows the character", () => {
    expect(check("ǔnion")?.chars.map((c) => c.char)).toEqual(["ǔ"]); // Pinyin block
    expect(check("abc‐def")?.chars.map((c) => c.codePoint)).toEqual(["U+2010"]);
    expect(check("aʻb")?.chars.map((c) => c.codePoint)).toEqual(["U+02BB"]);
    expect(check("ḍa")?.chars.map((c) => c.char)).toEqual(["ḍ"]); // Latin Extended Additional
  });

  it("admits what Chromium's allowed set still admits although Unicode 17 restricts it", () => {
    for (const label of ["注音ㄅㄆㄇㄈ", "ჽჿხ", "႐႑႕႖႗"]) expect(check(label)).toBeUndefined();
  });

  it("accepts everyday letters of many scripts, and leaves joiners and blanks to their own rules", () => {
    for (const label of [
      "café",
      "färgbolaget",
      "fuß",
      "торты-123",
      "ουτοπία",
      "北京大學",
      "한글",
      "अकोला",
      "افلام",
      "ứng",
    ]) {
      expect(check(label)).toBeUndefined();
    }
    expect(check("क्\u200d")).toBeUndefined();
    expect(check("a\u2800b")).toBeUndefined();
  });

  it("explains in plain words", () => {
    expect(check("ab♥")?.explanation).toBe(
      "uses characters that are rare, symbols or easily mistaken for others, which browsers do not show in web addresses: ♥ (U+2665, Common)",
    );
  });
});
