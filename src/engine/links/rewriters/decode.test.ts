import fc from "fast-check";
import { base64Bytes, htmlUnescape, percentDecode, utf8 } from "./decode";

describe("base64Bytes", () => {
  it.each([
    ["aHR0cHM6Ly94", "https://x"],
    ["Iw", "#"],
    ["Iw==", "#"],
    ["w6k", "é"],
    ["P34-", "?~>"],
    ["P34+", "?~>"],
    ["", ""],
  ])("%j → %j", (s, text) => expect(Buffer.from(base64Bytes(s) ?? []).toString()).toBe(text));

  it.each(["a", "I*w", "I w", "Iw=x", "aHR0c"])("refuses %j", (s) => expect(base64Bytes(s)).toBeUndefined());

  it("agrees with Node on both alphabets", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const b = Buffer.from(bytes);
        expect(Array.from(base64Bytes(b.toString("base64")) ?? [])).toEqual(Array.from(bytes));
        expect(Array.from(base64Bytes(b.toString("base64url")) ?? [])).toEqual(Array.from(bytes));
      }),
    );
  });
});

describe("utf8", () => {
  it("decodes as TextDecoder does, replacing what is invalid", () => {
    const decoder = new TextDecoder();
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 32 }), (bytes) =>
        expect(utf8(bytes)).toBe(decoder.decode(bytes)),
      ),
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) =>
        expect(utf8(Buffer.from(s))).toBe(decoder.decode(Buffer.from(s))),
      ),
    );
  });
});

describe("percentDecode", () => {
  it.each([
    ["https%3A%2F%2Fx.example%2F", "https://x.example/"],
    ["%e2%82%ac and %E2%82%AC", "€ and €"],
    ["100%", "100%"],
    ["%ZZ%4", "%ZZ%4"],
    ["%E0%A4", "\ufffd"],
    ["%C3%28", "\ufffd("],
    ["a+b", "a+b"],
    ["é%20ü", "é ü"],
  ])("%j → %j", (s, text) => expect(percentDecode(s)).toBe(text));

  it("agrees with decodeURIComponent where that does not throw", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("%", "2", "F", "e", "8", "C", "3", "A", "x", "é") }),
        (s) => {
          let expected: string;
          try {
            expected = decodeURIComponent(s);
          } catch {
            return;
          }
          expect(percentDecode(s)).toBe(expected);
        },
      ),
    );
  });
});

describe("htmlUnescape", () => {
  it.each([
    ["a=1&amp;b=2", "a=1&b=2"],
    ["&lt;&GT;&quot;&apos;&#39;&#x27;&#X41;", `<>"'''A`],
    ["&amp;amp;", "&amp;"],
    ["&bogus; &amp &#; &#x; &#0; &#xD800; &#1114112;", "&bogus; &amp &#; &#x; &#0; &#xD800; &#1114112;"],
    ["&constructor;", "&constructor;"],
    ["no references", "no references"],
  ])("%j → %j", (s, text) => expect(htmlUnescape(s)).toBe(text));

  it("does constant work for each & without a near ;", () => {
    const s = "&".repeat(200_000);
    expect(htmlUnescape(s)).toBe(s);
  });
});
