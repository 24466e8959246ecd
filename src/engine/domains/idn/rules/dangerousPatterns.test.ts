import { dangerousPatterns } from "./dangerousPatterns";
import { labelContext } from "./rule";

const check = (label: string) => dangerousPatterns.check(labelContext(label, "jp"));
const culprits = (label: string) => check(label)?.chars.map((c) => c.char) ?? [];

describe("dangerous-pattern", () => {
  it("catches slash-like kana and ideographs between non-Japanese characters", () => {
    expect(culprits("comノevil")).toEqual(["ノ"]);
    for (const ch of "丶乀乁丿") expect(culprits(`com${ch}test`)).toEqual([ch]);
    expect(check("丶乀乁丿")).toBeUndefined();
    expect(check("abc丿")).toBeUndefined(); // one side only: Chromium's regex wants both
    expect(check("ビタミンb1")).toBeUndefined(); // ン follows kana
  });

  it("catches ・ next to Latin letters and ー not after kana", () => {
    expect(culprits("abc・def")).toEqual(["・"]);
    expect(check("日本・野球")).toBeUndefined();
    for (const label of ["ー日本", "日本ー野球", "abcーdef"]) expect(culprits(label)).toEqual(["ー"]);
    expect(check("かー野球")).toBeUndefined();
  });

  it("catches Katakana repeat marks that do not follow Katakana, and combining voicing marks beside Latin", () => {
    for (const label of ["かヽ", "aヽ", "一ヾ", "a\u3099", "google\u309A"])
      expect(check(label)).toBeDefined();
    // ゝ (Hiragana's own repeat mark) is not in Chromium's pattern; a single-script label stops earlier.
    for (const label of ["カヽ", "こゝ", "漢ゝ", "あ\u3099"]) expect(check(label)).toBeUndefined();
  });

  it("catches a Hiragana へ inside a Katakana word and a Katakana ヘ inside a Hiragana word", () => {
    expect(culprits("モヒートへブン")).toEqual(["へ"]);
    expect(culprits("ひらがなヘかな")).toEqual(["ヘ"]);
    for (const label of ["へブン", "モヒートへ", "ヘブン", "へいわ"]) expect(check(label)).toBeUndefined();
  });

  it("catches CJK characters that read as Latin letters or dashes next to non-CJK characters", () => {
    const all = "一ㄧ丨乛七丅十〇ㄒㄚㄟㄨㄩㄈㆺㆳ工ㆲ讠丁";
    for (const ch of all) {
      for (const label of [`google${ch}com`, `${ch}google`, `d12${ch}`]) {
        expect(check(label)?.explanation).toContain(
          "can pass for a Latin letter, a dash or punctuation next to non-Chinese characters",
        );
      }
    }
    for (const label of ["gamer生一", "一猫", "一丁", "abc生十文", "丫google"])
      expect(check(label)).toBeUndefined();
  });

  it("catches Latin accents on other scripts, accented dotless i/j and a doubled dot on i, j or l", () => {
    expect(culprits("नागरी\u0301")).toEqual(["\u0301"]);
    expect(culprits("pı\u0300xel")).toEqual(["\u0300"]);
    expect(culprits("1\u0301abc")).toEqual(["\u0301"]);
    expect(culprits("i\u0307nfo")).toEqual(["\u0307"]);
    for (const label of ["café", "cafe\u0301", "ά"]) expect(check(label)).toBeUndefined();
  });
});
