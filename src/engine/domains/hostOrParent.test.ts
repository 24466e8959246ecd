import { findForHostOrParent } from "./hostOrParent";

describe("findForHostOrParent", () => {
  it("asks for the host, then each parent domain, nearest first", () => {
    const asked: string[] = [];
    findForHostOrParent("a.b.example.com", (suffix) => {
      asked.push(suffix);
      return undefined;
    });
    expect(asked).toEqual(["a.b.example.com", "b.example.com", "example.com", "com"]);
  });

  it("stops at the nearest listed suffix", () => {
    const listed = new Map([
      ["example.com", "parent"],
      ["b.example.com", "nearer"],
    ]);
    expect(findForHostOrParent("a.b.example.com", (s) => listed.get(s))).toBe("nearer");
    expect(findForHostOrParent("c.example.com", (s) => listed.get(s))).toBe("parent");
    expect(findForHostOrParent("example.org", (s) => listed.get(s))).toBeUndefined();
  });

  it("does not match a suffix inside a label", () => {
    const listed = new Map([["imgur.com", "Imgur"]]);
    expect(findForHostOrParent("notimgur.com", (s) => listed.get(s))).toBeUndefined();
  });
});
