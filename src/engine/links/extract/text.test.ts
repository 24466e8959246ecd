import { findTextUrls, TEXT_SCAN_BUDGET } from "./text";

function urls(text: string): string[][] {
  const found: string[][] = [];
  findTextUrls(text, (href, value) => found.push([value, href]) > 0);
  return found;
}

describe("findTextUrls", () => {
  it("finds URLs word by word, with linkify's reading of each", () => {
    expect(urls("Go to\nwww.example.com/a,\thttps://x.org/b and\r\nftp://files.example.net/c.")).toEqual([
      ["www.example.com/a", "http://www.example.com/a"],
      ["https://x.org/b", "https://x.org/b"],
      ["ftp://files.example.net/c", "ftp://files.example.net/c"],
    ]);
  });

  it("skips words without a dot or colon inside, and those ending in one", () => {
    expect(urls("localhost hello. world: end")).toEqual([]);
  });

  it("finds a URL glued to other text in one word", () => {
    expect(urls("link:<https://x.org/a>")).toEqual([["https://x.org/a", "https://x.org/a"]]);
  });

  it("reads a repeated word once", () => {
    expect(urls("https://x.org/ https://x.org/\nhttps://x.org/")).toEqual([
      ["https://x.org/", "https://x.org/"],
    ]);
  });

  it("stops when told to", () => {
    let calls = 0;
    expect(findTextUrls("https://a.org/ https://b.org/", () => ++calls < 1)).toBe(false);
    expect(calls).toBe(1);
  });

  it("stops when the budget of URL-like text runs out, but not for repeats", () => {
    const word = `https://x.org/${"a".repeat(1000)}`;
    const distinct = Array.from(
      { length: Math.ceil(TEXT_SCAN_BUDGET / word.length) + 1 },
      (_, i) => `${word}${String(i).padStart(4, "0")}`,
    );
    let count = 0;
    expect(findTextUrls(distinct.join(" "), () => ++count > 0)).toBe(false);
    expect(count).toBe(Math.floor(TEXT_SCAN_BUDGET / distinct[0].length));
    expect(findTextUrls(`${word} `.repeat(5000), () => true)).toBe(true);
  });
});
