import {
  augmentedScripts,
  coveredBy,
  resolvedScripts,
  restrictionLevel,
  ANY_SCRIPT,
} from "./restrictionLevel";

describe("UTS #39 restriction levels (§5.2)", () => {
  it("is ASCII-Only for ASCII text, Single Script for one script with Common and Inherited characters", () => {
    expect(restrictionLevel("paypal-123")).toBe("ascii-only");
    for (const text of ["café", "торты-123", "ουτοπία", "עברית", "ー日本", "朝日あさひ", "°", "١٢"]) {
      expect({ text, level: restrictionLevel(text) }).toEqual({ text, level: "single-script" });
    }
  });

  it("treats Japanese, Chinese and Korean writing as one logical script each (§5.1 augmentation)", () => {
    expect(resolvedScripts(Array.from("日本カナかな"))).toEqual(new Set(["Japanese"]));
    expect(resolvedScripts(Array.from("注音ㄅ"))).toEqual(new Set(["Han with Bopomofo"]));
    expect(resolvedScripts(Array.from("漢字한글"))).toEqual(new Set(["Korean"]));
    expect(augmentedScripts("1")).toBe(ANY_SCRIPT);
    expect(resolvedScripts(["1", "-"])).toBe(ANY_SCRIPT);
  });

  it("is Highly Restrictive for Latin with Japanese, Chinese (Han + Bopomofo) or Korean writing", () => {
    for (const text of [
      "ビタミンb1",
      "汉字hanzi",
      "bopomofoㄅㄆ",
      "注音bopoㄅㄆ",
      "한글han",
      "振興ひらカタkanji",
    ]) {
      expect({ text, level: restrictionLevel(text) }).toEqual({ text, level: "highly-restrictive" });
    }
  });

  it("is Moderately Restrictive for Latin with one other recommended script except Cyrillic and Greek", () => {
    for (const text of ["abcა", "abहिन्दी", "bսs", "abภาษา"]) {
      expect({ text, level: restrictionLevel(text) }).toEqual({ text, level: "moderately-restrictive" });
    }
  });

  it("is Minimally Restrictive for Latin with Cyrillic or Greek, or two non-Latin scripts", () => {
    for (const text of ["gооgle", "paypαl", "ρау", "한ひら", "ㄅㄆカタ", "ab汉ა"]) {
      expect({ text, level: restrictionLevel(text) }).toEqual({ text, level: "minimally-restrictive" });
    }
  });

  it("is Unrestricted when a character is outside the identifier profile", () => {
    expect(restrictionLevel("ab♥", (ch) => ch !== "♥")).toBe("unrestricted");
    expect(restrictionLevel("ab♥")).toBe("single-script");
  });

  it("says which script sets cover a string (§5.1)", () => {
    expect(coveredBy(Array.from("汉字hanzi-1"), ["Latin", "Han"])).toBe(true);
    expect(coveredBy(Array.from("한글han"), ["Latin", "Han"])).toBe(false);
  });
});
