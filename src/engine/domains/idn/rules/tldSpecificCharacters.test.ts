import { labelContext } from "./rule";
import { tldSpecificCharacters } from "./tldSpecificCharacters";

const check = (label: string, tld: string) => tldSpecificCharacters.check(labelContext(label, tld));

describe("tld-specific-character", () => {
  it("allows þ and ð only under .is and .fo, ə only under .az", () => {
    expect(check("aþcdef", "is")).toBeUndefined();
    expect(check("mnðpqr", "fo")).toBeUndefined();
    expect(check("mnðpqr", "com")?.explanation).toBe(
      "uses characters that only belong in some countries' addresses: ð (U+00F0, Latin), only expected in Icelandic and Faroese addresses (.is, .fo)",
    );
    expect(check("bəli", "az")).toBeUndefined();
    expect(check("bəli", "com")?.chars.map((c) => c.char)).toEqual(["ə"]);
  });

  it("allows the middle dot only between two l's under .cat", () => {
    expect(check("col·legi", "cat")).toBeUndefined();
    for (const [label, tld] of [
      ["l·l", "com"],
      ["a·l", "cat"],
      ["l·a", "cat"],
      ["l·", "cat"],
    ]) {
      expect(check(label, tld)?.chars.map((c) => c.codePoint)).toEqual(["U+00B7"]);
    }
  });
});
