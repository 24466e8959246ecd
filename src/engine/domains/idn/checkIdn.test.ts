import fc from "fast-check";
import { encode } from "punycode/";
import { checkIdn, describeChar, scriptOf } from ".";

describe("checkIdn", () => {
  it("decodes safe labels and keeps unsafe ones as punycode, label by label", () => {
    const result = checkIdn("xn--ggl-tdd6ba.xn--caf-dma.com");
    expect(result.unicode).toBe("gооglе.café.com");
    expect(result.display).toBe("xn--ggl-tdd6ba.café.com");
    expect(result.labels.map((l) => l.problems.length)).toEqual([1, 0, 0]);
    expect(result.problems).toEqual(result.labels[0].problems);
    expect(result.problems[0]).toMatchObject({ rule: "mixed-script" });
  });

  it("leaves a plain ASCII host alone", () => {
    const result = checkIdn("mail.senate.gov");
    expect(result.labels.map((l) => l.unicode)).toEqual(["mail", "senate", "gov"]);
    expect(JSON.parse(JSON.stringify(result))).toEqual({
      ascii: "mail.senate.gov",
      unicode: "mail.senate.gov",
      display: "mail.senate.gov",
      labels: ["mail", "senate", "gov"].map((l) => ({ ascii: l, unicode: l, problems: [] })),
      problems: [],
    });
  });

  it("reports broken punycode as invalid-idna and keeps the label as given", () => {
    const result = checkIdn("xn--hello?world.com");
    expect(result.display).toBe("xn--hello?world.com");
    expect(result.problems.map((p) => p.rule)).toEqual(["invalid-idna"]);
    expect(result.problems[0].chars.map((c) => c.char)).toEqual(["?"]);
  });

  it("only checks punycode or non-ASCII labels: an ASCII look-alike label is not its business", () => {
    expect(checkIdn("xn--caf-dma.paypa1.com").problems).toEqual([]);
  });

  it("judges whole-script look-alikes by the TLD, decoded when it is punycode", () => {
    expect(checkIdn("xn--80ak6aa92e.com").display).toBe("xn--80ak6aa92e.com"); // аррӏе.com
    expect(checkIdn("xn--80ak6aa92e.ru").display).toBe("аррӏе.ru");
    expect(checkIdn("xn--80ak6aa92e.xn--p1ai").display).toBe("аррӏе.рф");
  });

  it("accepts a Unicode host too, giving its punycode as ascii", () => {
    const result = checkIdn("café.fr");
    expect(result).toMatchObject({ ascii: "xn--caf-dma.fr", unicode: "café.fr", display: "café.fr" });
    expect(checkIdn("ab♥.com")).toMatchObject({ ascii: "xn--ab-u0x.com", display: "xn--ab-u0x.com" });
  });

  it("never lets a decoded label contain a dot", () => {
    const result = checkIdn("a\uFF0Eb.com"); // full-width full stop maps to "."
    expect(result.labels).toHaveLength(2);
    expect(result.problems.map((p) => p.rule)).toEqual(["invalid-idna"]);
    expect(result.unicode.split(".")).toHaveLength(2);
  });

  it("writes explanations for a non-technical reader", () => {
    const [problem] = checkIdn("xn--e1aybc.com").problems; // тест.com: not a whole-script look-alike
    expect(problem).toBeUndefined();
    const [mixed] = checkIdn("xn--snate-zwe.gov").problems; // sеnate.gov with Cyrillic е
    expect(mixed.explanation).toBe(
      "mixes Latin and Cyrillic letters: е (U+0435, Cyrillic) looks like Latin e",
    );
    expect(mixed.chars).toEqual([{ char: "е", codePoint: "U+0435", script: "Cyrillic" }]);
  });

  describe("properties", () => {
    const anyText = fc.string({ unit: "binary", maxLength: 80 });
    const label = fc.oneof(
      fc.string({ unit: "binary-ascii", maxLength: 20 }),
      anyText.map((s) => `xn--${encode(s)}`),
      fc.string({ unit: "binary-ascii", maxLength: 20 }).map((s) => `xn--${s}`),
      anyText,
    );
    const host = fc.array(label, { maxLength: 5 }).map((labels) => labels.join("."));

    it("never throws, on arbitrary Unicode strings or arbitrary hosts", () => {
      fc.assert(
        fc.property(fc.oneof(anyText, host), (input) => void checkIdn(input)),
        { numRuns: 400 },
      );
    });

    it("keeps labels aligned: one result label per input label, none containing a dot", () => {
      fc.assert(
        fc.property(host, (input) => {
          const result = checkIdn(input);
          expect(result.labels).toHaveLength(input.split(".").length);
          expect(result.unicode.split(".")).toHaveLength(result.labels.length);
          expect(result.display.split(".")).toHaveLength(result.labels.length);
        }),
        { numRuns: 300 },
      );
    });

    it("shows an all-ASCII host without punycode labels as itself, with no problems", () => {
      const plain = fc
        .oneof(fc.domain(), fc.string({ unit: "binary-ascii" }))
        .filter((h) => !/(^|\.)xn--/i.test(h));
      fc.assert(
        fc.property(plain, (input) => {
          const result = checkIdn(input);
          expect(result.display).toBe(input);
          expect(result.problems).toEqual([]);
        }),
      );
    });

    it("shows a label decoded exactly when it has no problems", () => {
      fc.assert(
        fc.property(host, (input) => {
          for (const [i, shown] of checkIdn(input).display.split(".").entries()) {
            const l = checkIdn(input).labels[i];
            expect(shown).toBe(l.problems.length > 0 ? l.ascii : l.unicode);
          }
        }),
        { numRuns: 300 },
      );
    });
  });
});

describe("describeChar and scriptOf", () => {
  it("describes a character by code point and script", () => {
    expect(describeChar("е")).toEqual({ char: "е", codePoint: "U+0435", script: "Cyrillic" });
    expect(describeChar("a")).toEqual({ char: "a", codePoint: "U+0061", script: "Latin" });
    expect(describeChar("🔒")).toEqual({ char: "🔒", codePoint: "U+1F512", script: "Common" });
    expect(describeChar("ᒿ")).toEqual({ char: "ᒿ", codePoint: "U+14BF", script: "Canadian Aboriginal" });
  });

  it("takes the first code point of longer input and tolerates empty input", () => {
    expect(describeChar("ёж").codePoint).toBe("U+0451");
    expect(describeChar("")).toEqual({ char: "", codePoint: "", script: "Unknown" });
  });

  it("names scripts, with Common and Inherited for shared characters", () => {
    expect(["a", "1", "-", "\u0301", "ー", "漢", "ㄅ", "ա", "α", "\u0378"].map(scriptOf)).toEqual([
      "Latin",
      "Common",
      "Common",
      "Inherited",
      "Common",
      "Han",
      "Bopomofo",
      "Armenian",
      "Greek",
      "Unknown",
    ]);
  });
});
