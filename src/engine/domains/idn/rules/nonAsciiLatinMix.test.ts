import { nonAsciiLatinMix } from "./nonAsciiLatinMix";
import { labelContext } from "./rule";

const check = (label: string) => nonAsciiLatinMix.check(labelContext(label, "com"));

describe("non-ASCII Latin beside another script (Chromium's kNonAsciiLatinCharMixedWithNonLatin)", () => {
  it("rejects accented or non-English Latin letters beside Chinese, Japanese or Korean writing", () => {
    expect(check("café汉字")?.explanation).toBe(
      "mixes accented or non-English Latin letters with Han letters: é (U+00E9, Latin)",
    );
    expect(check("café카페")?.chars.map((c) => c.char)).toEqual(["é"]);
  });

  it("accepts ASCII Latin beside CJK, and accented Latin alone", () => {
    for (const label of ["cafe汉字", "café", "ουτοπία", "한글han", "fuß"])
      expect(check(label)).toBeUndefined();
  });
});
