import { labelContext } from "./rule";
import { wholeScriptConfusable } from "./wholeScriptConfusable";

const check = (label: string, tld: string | { ascii: string; unicode: string }) =>
  wholeScriptConfusable.check(labelContext(label, tld));

describe("whole-script-confusable", () => {
  it("reports a label made only of one script's Latin look-alikes, outside that script's TLDs", () => {
    expect(check("аррӏе", "com")?.explanation).toBe(
      "is written only in Cyrillic letters that can pass for Latin letters or digits (it can be read as “apple”), " +
        "under .com rather than a domain where Cyrillic is at home: а (U+0430, Cyrillic), р (U+0440, Cyrillic), " +
        "ӏ (U+04CF, Cyrillic), е (U+0435, Cyrillic)",
    );
    expect(check("ѕсоре123", "com")?.rule).toBe("whole-script-confusable");
    expect(check("ικα", "com")?.chars.map((c) => c.script)).toEqual(["Greek", "Greek", "Greek"]);
    expect(check("חח", "com")).toBeDefined();
    expect(check("ሠዐዐፐ", "com")).toBeDefined();
    expect(check("ടഠധ", "in")).toBeDefined(); // Indic look-alikes are at home nowhere
  });

  it("accepts the label under the script's country TLDs or a TLD written in the script", () => {
    expect(check("аррӏе", "ru")).toBeUndefined();
    expect(check("ѕсоре1рау", { ascii: "xn--p1ai", unicode: "рф" })).toBeUndefined();
    expect(check("ικα", { ascii: "xn--qxam", unicode: "ελ" })).toBeUndefined();
    expect(check("ოხ", "ge")).toBeUndefined();
    expect(check("พบเ๐", "th")).toBeUndefined();
  });

  it("accepts labels with any letter that does not look Latin", () => {
    for (const label of ["курс", "торты", "עברית", "ουτοπία", "123", "a-b"])
      expect(check(label, "com")).toBeUndefined();
  });
});

describe("whole-script-confusable, Chromium's current lists and every other script", () => {
  it("uses Chromium's Cyrillic list with к, and lets its common words through", () => {
    expect(check("кос", "com")).toBeDefined();
    for (const word of ["курс", "парк", "секс", "как", "коса"]) expect(check(word, "com")).toBeUndefined();
    expect(check("тест", "com")).toBeUndefined(); // т is not in Chromium's list
  });

  it("judges only single-script labels without kana exceptions or Latin accents, as Chromium does", () => {
    expect(check("ѕсоре", "com")).toBeDefined();
    expect(check("ѕсо\u0301ре", "com")).toBeUndefined(); // goes on to Chromium's mixed-script checks instead
  });

  it("generates look-alike letters for the scripts Chromium does not list, from the confusables data", () => {
    expect(check("اه", "com")?.explanation).toContain(
      "Arabic letters that can pass for Latin letters or digits",
    );
    expect(check("اه", "eg")).toBeUndefined();
    expect(check("ພຣບ", "com")?.explanation).toContain("(it can be read as “wsu”)");
    expect(check("ພຣບ", "la")).toBeUndefined();
    expect(check("丁丫", "com")).toBeDefined();
    expect(check("丁丫", "cn")).toBeUndefined();
    expect(check("北京", "com")).toBeUndefined();
  });
});
