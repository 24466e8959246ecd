import fc from "fast-check";
import { base64HttpUrl, htmlUnescape, percentDecode } from "./decode";

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

describe("base64HttpUrl", () => {
  const b64 = (s: string) => Buffer.from(s).toString("base64");
  it.each<[string, string, string | undefined]>([
    ["an https URL", b64("https://x.example/a?b=c"), "https://x.example/a?b=c"],
    [
      "an http URL, unpadded URL-safe",
      Buffer.from("http://x.example/>>?").toString("base64url"),
      "http://x.example/>>?",
    ],
    ["padding escaped", b64("https://x.example/ab").replace(/=/g, "%3D"), "https://x.example/ab"],
    ["a percent-encoded URL inside", b64("https%3A%2F%2Fx.example%2Fa%3Fb%3Dc"), "https://x.example/a?b=c"],
    ["an IPv6 host", b64("http://[2001:db8::1]/x"), "http://[2001:db8::1]/x"],
    ["an IDN host", b64("https://bücher.example/"), "https://bücher.example/"],
    ["words", b64("hello world"), undefined],
    ["a relative path", b64("/login"), undefined],
    ["ftp", b64("ftp://x.example/"), undefined],
    ["no host", b64("https://"), undefined],
    ["a host without a dot", b64("https://localhost/"), undefined],
    ["a space", b64("https://x.example/a b"), undefined],
    ["a tab", b64("https://x.example/\t"), undefined],
    ["a leading space", b64(" https://x.example/"), undefined],
    [
      "invalid UTF-8",
      Buffer.concat([Buffer.from("https://x.example/"), Buffer.from([0xc3])]).toString("base64"),
      undefined,
    ],
    ["not base64", "aHR0c***", undefined],
    ["a plain URL", "https://x.example/", undefined],
    ["empty", "", undefined],
  ])("%s", (_, value, expected) => expect(base64HttpUrl(value)).toBe(expected));

  it("never throws, and what it returns parses as an http(s) URL", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `aHR0c${s}`),
          fc.string().map(b64),
        ),
        (s) => {
          const url = base64HttpUrl(s);
          if (url !== undefined) expect(new URL(url).protocol).toMatch(/^https?:$/);
        },
      ),
    );
  });
});
