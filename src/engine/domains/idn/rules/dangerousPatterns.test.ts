import { dangerousPatterns } from "./dangerousPatterns";
import { labelContext } from "./rule";

const check = (label: string) => dangerousPatterns.check(labelContext(label, "jp"));
const culprits = (label: string) => check(label)?.chars.map((c) => c.char) ?? [];

describe("dangerous-pattern", () => {
  it("catches slash-like kana and ideographs between non-Japanese characters", () => {
    expect(culprits("comノevil")).toEqual(["ノ"]);
    expect(culprits("com丿test")).toEqual(["丿"]);
    expect(check("丶乀乁丿")).toBeUndefined();
    expect(check("ビタミンb1")).toBeUndefined(); // ン follows kana
  });

  it("catches ・ next to Latin letters and ー not after kana", () => {
    expect(culprits("abc・def")).toEqual(["・"]);
    expect(check("日本・野球")).toBeUndefined();
    for (const label of ["ー日本", "日本ー野球", "abcーdef"]) expect(culprits(label)).toEqual(["ー"]);
    expect(check("かー野球")).toBeUndefined();
  });

  it("catches repeat and voicing marks that do not follow their kana", () => {
    for (const label of ["かヽ", "aヽ", "一ヾ", "漢ゝ", "a\u3099"]) expect(check(label)).toBeDefined();
    for (const label of ["カヽ", "こゝ", "あ\u3099"]) expect(check(label)).toBeUndefined();
  });

  it("catches CJK characters that read as Latin letters or dashes next to non-CJK characters", () => {
    for (const label of ["ip一address", "google一", "一google", "d12一", "googleㄧcom", "google工com"]) {
      expect(check(label)?.explanation).toContain(
        "can pass for a Latin letter or a dash next to non-Chinese characters",
      );
    }
    for (const label of ["gamer生一", "一猫", "一丁"]) expect(check(label)).toBeUndefined();
  });

  it("catches Latin accents on other scripts, accented dotless i/j and a doubled dot on i, j or l", () => {
    expect(culprits("नागरी\u0301")).toEqual(["\u0301"]);
    expect(culprits("pı\u0300xel")).toEqual(["\u0300"]);
    expect(culprits("ȷ\u0301ack")).toEqual(["\u0301"]);
    expect(culprits("i\u0307nfo")).toEqual(["\u0307"]);
    for (const label of ["café", "cafe\u0301", "ά"]) expect(check(label)).toBeUndefined();
  });
});
