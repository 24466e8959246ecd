import fc from "fast-check";
import { refreshUrl } from "./refresh";

describe("refreshUrl", () => {
  it.each([
    ["0; url=https://x.org/a", "https://x.org/a"],
    ["0;URL='https://x.org/b'", "https://x.org/b"],
    ['0;url="https://x.org/c"ignored', "https://x.org/c"],
    ["0; URL = 'https://x.org/d", "https://x.org/d"],
    ["  10 , https://x.org/e", "https://x.org/e"],
    [".5;url=https://x.org/f", "https://x.org/f"],
    ["1.5.2 url=https://x.org/g", "https://x.org/g"],
    // Without "=", "url…" is the URL itself, as the HTML standard says.
    ["0; urlhttps://x.org/h", "urlhttps://x.org/h"],
    ["0; 'https://x.org/i'", "https://x.org/i"],
    ["0;url=javascript:alert(1)", "javascript:alert(1)"],
  ])("%j → %j", (content, url) => {
    expect(refreshUrl(content)).toBe(url);
  });

  it.each([
    "",
    "   ",
    "5",
    "5;",
    "5 ; ",
    "url=https://x.org/",
    "x5;url=https://x.org/",
    "5x;url=https://x.org/",
    "0;url=",
    "0;url=''",
  ])("%j has no URL", (content) => {
    expect(refreshUrl(content)).toBeUndefined();
  });

  it("never throws", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 60 }), (s) => void refreshUrl(s)));
  });
});
