import fc from "fast-check";
import { utf8Decode, utf8Encode } from "./utf8";

describe("utf8", () => {
  it("encodes like TextEncoder, lone surrogates included", () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(utf8Encode(s)).toEqual([...encoder.encode(s)]);
      }),
    );
  });

  it("decodes any bytes like TextDecoder (replacement characters included)", () => {
    const decoder = new TextDecoder("utf-8");
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(utf8Decode(bytes)).toBe(decoder.decode(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it("round-trips text", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (s) => expect(utf8Decode(utf8Encode(s))).toBe(s)));
    expect(utf8Decode(utf8Encode("Sénat – 😀"))).toBe("Sénat – 😀");
  });
});
