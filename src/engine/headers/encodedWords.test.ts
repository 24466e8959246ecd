import { readFileSync } from "node:fs";
import fc from "fast-check";
import { sharedData } from "../../../test/support/sharedData";
import { decodeEncodedWordParts, decodeEncodedWords } from "./encodedWords";

interface Rfc2047Vector {
  function: "clean2047Encoding" | "decodeQuoted" | "decodeBase64" | "decodeHex" | "decodeHexCodepage";
  charset?: string;
  input: string | number[];
  equivalent_encoded_word?: string;
  expected: string;
  source: string;
}

/**
 * The vector as input to decodeEncodedWords. MHA's lower-level functions take the text of one encoded
 * word: B and Q cases come with the whole word, hex text and byte arrays become a Q word (every hex
 * input here is Q-safe apart from spaces, which this decoder accepts in Q text as MHA does).
 */
function asHeaderText(v: Rfc2047Vector): string {
  if (v.equivalent_encoded_word) return v.equivalent_encoded_word;
  if (v.function === "decodeHexCodepage" && Array.isArray(v.input)) {
    return `=?${v.charset}?Q?${v.input.map((b) => `=${b.toString(16).padStart(2, "0")}`).join("")}?=`;
  }
  return v.function === "decodeHex" ? `=?${v.charset}?Q?${v.input}?=` : (v.input as string);
}

describe("MHA 2047.test.ts vectors (../shared/data/vectors/rfc2047.json)", () => {
  it("decodes every case as MHA does", () => {
    const path = sharedData("vectors/rfc2047.json");
    if (!path) return;
    const vectors = JSON.parse(readFileSync(path, "utf8")) as Rfc2047Vector[];
    const wrong = vectors.filter((v) => decodeEncodedWords(asHeaderText(v)) !== v.expected);
    process.stdout.write(`MHA RFC 2047 vectors: ${vectors.length - wrong.length}/${vectors.length} agree\n`);
    expect(vectors.length).toBe(67);
    expect(wrong.map((v) => [asHeaderText(v), decodeEncodedWords(asHeaderText(v))])).toEqual([]);
  });
});

describe("decodeEncodedWords", () => {
  it.each([
    ["B and Q, any case", "=?UTF-8?b?SMOpbGxv?= =?utf-8?q?w=C3=B6rld?=", "Héllowörld"],
    ["_ is a space in Q only", "=?utf-8?Q?a_b?= x_y", "a b x_y"],
    ["RFC 2231 language suffix", "=?utf-8*en?Q?Caf=C3=A9?=", "Café"],
    ["MHA's lenient 'UTF 8' label", "=?UTF 8?B?w6k=?=", "é"],
    ["a split UTF-8 sequence across B words", "=?utf-8?B?4oI=?= =?utf-8?B?rA==?=", "€"],
    ["a split sequence across a B and a Q word", "=?utf-8?B?4oI=?==?utf-8?Q?=AC?=", "€"],
    ["white space between words dropped, also across folding", "=?utf-8?Q?a?=\r\n =?iso-8859-1?Q?b?=", "ab"],
    ["white space before and after kept", "x =?utf-8?Q?a?= y", "x a y"],
    ["glued to surrounding text (Mailsploit style)", "=?utf-8?Q?a?=@x.example", "a@x.example"],
    ["an unknown charset, valid UTF-8", "=?x-unknown?Q?=C3=A9?=", "é"],
    ["an unknown charset, not UTF-8: Windows-1252", "=?x-unknown?Q?=E9?=", "é"],
    ["a label that is not label-shaped", "=?<script>?Q?a?=", "a"],
    ["invalid base64 left as it is", "=?utf-8?B?a$b=?=", "=?utf-8?B?a$b=?="],
    ["unpadded base64", "=?utf-8?B?YWI?=", "ab"],
    ["a bad hex escape kept literally", "=?utf-8?Q?=ZZ=4?=", "=ZZ=4"],
    ["no encoding letter", "=?utf-8?X?abc?=", "=?utf-8?X?abc?="],
    ["no end marker", "=?utf-8?Q?abc", "=?utf-8?Q?abc"],
    ["not across a line break", "=?utf-8?Q?a\r\nb?=", "=?utf-8?Q?a\r\nb?="],
    ["a BOM kept visible", "=?utf-8?B?77u/YQ==?=", "\uFEFFa"],
    ["non-ASCII in Q text taken as UTF-8", "=?utf-8?Q?\u00e9=21?=", "\u00e9!"],
  ])("%s", (_label, input, expected) => {
    expect(decodeEncodedWords(input)).toBe(expected);
  });

  it("keeps NUL, CR and LF that decoding produces", () => {
    expect(decodeEncodedWords("=?utf-8?Q?a=00=0D=0Ab?=")).toBe("a\0\r\nb");
  });

  it("marks which parts came out of encoded words", () => {
    expect(decodeEncodedWordParts('"=?utf-8?B?YUBi?=" <c@d>')).toEqual([
      { text: '"', encoded: false },
      { text: "a@b", encoded: true },
      { text: '" <c@d>', encoded: false },
    ]);
  });

  it("never throws, and leaves text without encoded words alone", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => {
        const out = decodeEncodedWords(s);
        if (!s.includes("=?")) expect(out).toBe(s);
      }),
    );
    const wordish = fc.string({ unit: fc.constantFrom(..."=?QqBb_ \r\n=-A0aé\0".split("")), maxLength: 60 });
    fc.assert(fc.property(wordish, (s) => void decodeEncodedWords(s)));
  });

  it("decodes what an encoder produced", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), fc.boolean(), (text, b) => {
        const bytes = new TextEncoder().encode(text);
        const word = b
          ? `=?utf-8?B?${Buffer.from(bytes).toString("base64")}?=`
          : `=?utf-8?Q?${[...bytes].map((x) => `=${x.toString(16).padStart(2, "0")}`).join("")}?=`;
        expect(decodeEncodedWords(`${word} ${word}`)).toBe(text + text);
      }),
    );
  });
});
