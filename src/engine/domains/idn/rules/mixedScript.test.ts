import { mixedScript } from "./mixedScript";
import { labelContext } from "./rule";

const check = (label: string) => mixedScript.check(labelContext(label, "com"));

describe("mixed-script", () => {
  it("rejects Latin, Greek and Cyrillic mixed with each other, saying which letters are foreign", () => {
    expect(check("paypαl")?.explanation).toBe(
      "mixes Latin and Greek letters: α (U+03B1, Greek) looks like Latin a",
    );
    expect(check("gооglе")?.chars.map((c) => c.codePoint)).toEqual(["U+043E", "U+0435"]);
    // No Latin: the most used script is the label's own, the other one is foreign.
    expect(check("ρау")?.explanation).toBe("mixes Greek and Cyrillic letters: ρ (U+03C1, Greek)");
  });

  it("rejects scripts outside the CJK combinations", () => {
    for (const label of ["abहिन्दी", "abภาษาไทย", "fo୦", "abᒿ", "rolⵏ", "oրմուզը", "ب״"]) {
      expect(check(label)?.rule).toBe("mixed-script");
    }
  });

  it("lets ASCII Latin mix with Han plus kana, Bopomofo or Hangul, and Han with any of those", () => {
    for (const label of [
      "한글han",
      "汉字hanzi",
      "bopomofoㄅㄆ",
      "注音ㄅㄆ",
      "ビタミンb1",
      "朝日あさひ",
      "漢字한글",
    ]) {
      expect(check(label)).toBeUndefined();
    }
  });

  it("rejects Latin with Georgian, Hangul with kana and Bopomofo with kana or Hangul", () => {
    for (const label of ["abcა", "한ひら", "ㄅㄆカタ", "ㄅㄆ주음"])
      expect(check(label)?.rule).toBe("mixed-script");
  });

  it("leaves accented Latin beside CJK to the non-ASCII Latin rule", () => {
    expect(check("café汉字")).toBeUndefined();
  });

  it("ignores digits, hyphens and combining marks shared by all scripts", () => {
    for (const label of ["торты-123", "ουτοπία-123", "עברית-123", "café", "ѕсоре1рау"]) {
      expect(check(label)).toBeUndefined();
    }
  });
});
