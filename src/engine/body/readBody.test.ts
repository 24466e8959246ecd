import fc from "fast-check";
import { MAX_BODY_TEXT, readBody } from "./readBody";

const html = (body: string) =>
  readBody({ bodyHtml: `<html><head><title>T</title><style>p{}</style></head><body>${body}</body></html>` });

describe("readBody", () => {
  it("reads the visible text with words separated by block elements, not scripts or styles", () => {
    const body = html("<p>Your <b>password</b> expires</p><div>today</div><script>var x=1</script>");
    expect(body.text).toBe("Your password expires today");
    expect(body.words).toBe(4);
    expect(body.hiddenChars).toBe(0);
  });

  it.each([
    ["display:none", '<div style="display:none">filler words here</div>'],
    ["visibility hidden", '<span style="VISIBILITY: hidden !important">filler words here</span>'],
    ["a zero font", '<font style="font-size:0px">filler words here</font>'],
    ["white on white", '<p style="color:#ffffff;background-color:#fff">filler words here</p>'],
    ["white with no background", '<p style="color: white">filler words here</p>'],
    ["the hidden attribute", "<div hidden>filler words here</div>"],
  ])("counts text hidden by %s", (_label, hidden) => {
    const body = html(`<p>Hello</p>${hidden}`);
    expect(body.text).toBe("Hello");
    expect(body.hiddenChars).toBe("fillerwordshere".length);
  });

  it("shows text a descendant makes visible again, and white on a dark background", () => {
    const body = html(
      '<td style="font-size:0"><span style="font-size:14px">Real text</span></td>' +
        '<td style="background-color:#003366;color:#fff">On blue</td>',
    );
    expect(body.text).toBe("Real text On blue");
    expect(body.hiddenChars).toBe(0);
  });

  it("counts pictures, not tracking pixels or hidden ones", () => {
    const body = html(
      '<img src="a.png"><img src="p.gif" width="1" height="1"><img src="b.png" style="display:none"><img alt="no src">',
    );
    expect(body.images).toBe(1);
  });

  it("falls back to the text body", () => {
    expect(readBody({ bodyText: "  plain\n\ntext  " })).toEqual({
      text: "plain text",
      words: 2,
      images: 0,
      pictureHosts: [],
      hiddenChars: 0,
    });
  });

  it("names the hosts web pictures are loaded from, each once, and not those of pixels or broken sources", () => {
    const body = html(
      '<img src="https://i.imgur.com/a.png"><img src=" https://i.imgur.com/b.png"><img src="https://t.example/p.gif" width="1">' +
        '<img src="cid:logo"><img src="http://[broken"><img src="https://cdn.shop.example/c.png">',
    );
    expect(body.images).toBe(5);
    expect(body.pictureHosts).toEqual(["i.imgur.com", "cdn.shop.example"]);
  });

  it("keeps at most MAX_BODY_TEXT characters but counts every word, linearly on unclosed tags", () => {
    const started = Date.now();
    const body = html("<b>word ".repeat(200_000));
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(body.text.length).toBeLessThanOrEqual(MAX_BODY_TEXT);
    expect(body.words).toBe(200_000);
  });

  it("never throws on arbitrary markup", () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom("<", ">", "/", "p", "div", " ", '"', "=", "style", ":", "none", "x"),
        }),
        (s) => {
          const body = html(s);
          expect(body.hiddenChars).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 500 },
    );
  });
});
