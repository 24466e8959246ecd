import fc from "fast-check";
import { cleanHref, parseBase, resolveHref, sameUrlKey, schemeOf } from "./url";

describe("cleanHref", () => {
  it.each([
    ["  https://x.org/  ", "https://x.org/"],
    ["\u0000\u001f https://x.org/\u00a0\u3000\ufeff", "https://x.org/"],
    ["https://x.org/a\n/b\r\n/c\td", "https://x.org/a/b/cd"],
    ["java\nscript:alert(1)", "javascript:alert(1)"],
    ["https://x.org/a b", "https://x.org/a b"],
    ["", ""],
  ])("%j → %j", (raw, clean) => {
    expect(cleanHref(raw)).toBe(clean);
  });

  it("leaves nothing String.prototype.trim would remove, and no tab or line break", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (s) => {
        const clean = cleanHref(s);
        expect(clean).toBe(clean.trim());
        expect(/[\t\n\r]/.test(clean)).toBe(false);
      }),
    );
  });
});

describe("schemeOf", () => {
  it.each([
    ["HTTPS://x", "https"],
    ["javascript:x", "javascript"],
    ["svn+ssh://x", "svn+ssh"],
    ["c:\\path", "c"],
    ["/a:b", ""],
    ["1http://x", ""],
    ["no-colon", ""],
    ["a b:c", ""],
    ["", ""],
  ])("%j → %j", (href, scheme) => {
    expect(schemeOf(href)).toBe(scheme);
  });
});

describe("base resolution", () => {
  const base = parseBase(" https://b.example/dir/page?q ")!;

  it.each([
    ["x.html", "https://b.example/dir/x.html"],
    ["/root", "https://b.example/root"],
    ["//other.example/p", "https://other.example/p"],
    ["?a=1", "https://b.example/dir/page?a=1"],
    ["", "https://b.example/dir/page?q"],
    ["mailto:a@b.org", "mailto:a@b.org"],
    ["HTTP://Upper.Example", "HTTP://Upper.Example"],
  ])("%j → %j", (href, resolved) => {
    expect(resolveHref(href, base)).toBe(resolved);
  });

  it("has no base when <base href> is relative or invalid", () => {
    expect(parseBase("/dir/")).toBeUndefined();
    expect(parseBase("http://[bad")).toBeUndefined();
    expect(parseBase(undefined)).toBeUndefined();
  });

  it("keeps an href that cannot be resolved", () => {
    expect(resolveHref("x", parseBase("mailto:a@b.org")!)).toBe("x");
  });
});

describe("sameUrlKey", () => {
  it("treats spellings of one URL alike and leaves non-URLs as they are", () => {
    expect(sameUrlKey("HTTPS://Example.ORG")).toBe(sameUrlKey("https://example.org/"));
    expect(sameUrlKey("not a url")).toBe("not a url");
  });
});
