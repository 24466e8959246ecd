import fc from "fast-check";
import { base64ToBytes, bytesToBase64, utf8Decode, utf8Encode, utf8ToBase64 } from "./encoding";

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
      { numRuns: 400 },
    );
  });

  it("round-trips text", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (s) => expect(utf8Decode(utf8Encode(s))).toBe(s)));
    expect(utf8Decode(utf8Encode("Sénat – 😀"))).toBe("Sénat – 😀");
  });
});

describe("base64ToBytes", () => {
  it.each([
    ["aHR0cHM6Ly94", "https://x"],
    ["Iw", "#"],
    ["Iw==", "#"],
    ["w6k", "é"],
    ["P34-", "?~>"],
    ["P34+", "?~>"],
    ["", ""],
  ])("%j → %j", (s, text) => expect(Buffer.from(base64ToBytes(s) ?? []).toString()).toBe(text));

  it.each(["a", "I*w", "I w", "Iw=x", "aHR0c"])("refuses %j", (s) =>
    expect(base64ToBytes(s)).toBeUndefined(),
  );

  it("agrees with Node on both alphabets", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const b = Buffer.from(bytes);
        expect(Array.from(base64ToBytes(b.toString("base64")) ?? [])).toEqual(Array.from(bytes));
        expect(Array.from(base64ToBytes(b.toString("base64url")) ?? [])).toEqual(Array.from(bytes));
      }),
    );
  });
});

describe("base64ToBytes with options", () => {
  it("skips white space only when asked, and refuses oversized input", () => {
    expect(Buffer.from(base64ToBytes("aGVs\r\nbG8=", { whiteSpace: true }) ?? []).toString()).toBe("hello");
    expect(base64ToBytes("aGVs\r\nbG8=")).toBeUndefined();
    expect(base64ToBytes("aGVs*bG8=", { whiteSpace: true })).toBeUndefined();
    expect(base64ToBytes("aGVsbG8=", { maxBytes: 3 })).toBeUndefined();
    expect(base64ToBytes("aGVsbG8=", { maxBytes: 5 })).toHaveLength(5);
  });
});

describe("bytesToBase64", () => {
  it("agrees with Node, and takes text as its UTF-8 bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
      }),
    );
    expect(utf8ToBase64("señal ✉ 😀")).toBe(Buffer.from("señal ✉ 😀", "utf8").toString("base64"));
  });
});
