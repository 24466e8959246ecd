import { invalidIdna } from "./invalidIdna";
import { labelContext } from "./rule";

describe("invalid-idna", () => {
  it("reports a label UTS #46 rejected, naming the characters it refuses", () => {
    const leadingMark = invalidIdna.check(labelContext("\u0300abc", "jp", false, "xn--abc-fdc"));
    expect(leadingMark?.rule).toBe("invalid-idna");
    expect(leadingMark?.explanation).toMatch(/^“xn--abc-fdc” is not a valid international web address/);
    expect(leadingMark?.chars.map((c) => c.codePoint)).toEqual(["U+0300"]);
    const mathLetter = invalidIdna.check(labelContext("𝚊bc", "xyz", false, "xn--bc-9x80a"));
    expect(mathLetter?.chars.map((c) => c.char)).toEqual(["𝚊"]);
    const broken = invalidIdna.check(labelContext("xn--hello?world", "com", false, "xn--hello?world"));
    expect(broken?.chars.map((c) => c.char)).toEqual(["?"]);
  });

  it("says nothing about a valid label", () => {
    expect(invalidIdna.check(labelContext("café", "fr"))).toBeUndefined();
  });
});
