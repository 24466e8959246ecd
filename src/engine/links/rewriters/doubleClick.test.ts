import fc from "fast-check";
import { doubleClick } from "./doubleClick";
import type { RewriterResult } from "./rewriter";

const ACLK = "https://adclick.g.doubleclick.net/aclk?sa=L&ai=CzX1gR2k&ae=1&num=1&sig=AOD64_3kQ";

describe("doubleClick", () => {
  it.each<[string, string, RewriterResult]>([
    [
      "an ad click with adurl= escaped",
      `${ACLK}&adurl=https%3A%2F%2Fsenate-verify.example%2Flogin%3Fa%3D1`,
      { target: "https://senate-verify.example/login?a=1" },
    ],
    [
      "adurl= unescaped, running to the end with its own &",
      `${ACLK}&adurl=https://senate-verify.example/login?a=1&b=2`,
      { target: "https://senate-verify.example/login?a=1&b=2" },
    ],
    [
      "googleads.g.doubleclick.net/pagead/aclk",
      "https://googleads.g.doubleclick.net/pagead/aclk?sa=L&ai=x&adurl=https://x.example/",
      { target: "https://x.example/" },
    ],
    [
      "ad.doubleclick.net with adurl= in the query",
      "https://ad.doubleclick.net/pcs/click?xai=AKAOjsv&sig=Cg0ArKJSzC&adurl=https://x.example/p",
      { target: "https://x.example/p" },
    ],
    [
      "Campaign Manager's path form, ;adurl= in the path",
      "https://ad.doubleclick.net/ddm/clk/512345678;298765432;k;adurl=https://x.example/a?b=c",
      { target: "https://x.example/a?b=c" },
    ],
    [
      "the classic click, the whole query being the target",
      "http://ad.doubleclick.net/clk;3381043;6453019;b?http://www.shop.example/link.html?pID=1830164",
      { target: "http://www.shop.example/link.html?pID=1830164" },
    ],
    [
      "the classic click with an escaped target",
      "https://ad.doubleclick.net/clk;1;2;b?https%3A%2F%2Fx.example%2F",
      { target: "https://x.example/" },
    ],
    [
      "a country ad server",
      "https://ad.uk.doubleclick.net/ddm/clk/1;2;k;adurl=https://x.example/",
      { target: "https://x.example/" },
    ],
    [
      "Search Ads 360's ds_dest_url=",
      "https://ad.doubleclick.net/searchads/link/click?lid=43700&ds_s_kwgid=5&ds_dest_url=https%3A%2F%2Fx.example%2F",
      { target: "https://x.example/" },
    ],
    [
      "trackclk, whose landing page stays on Google's side",
      "https://ad.doubleclick.net/ddm/trackclk/N1234.5678SITE/B2345678.3;dc_trk_aid=4;dc_trk_cid=5;dc_lat=;dc_rdid=",
      { opaque: true },
    ],
    ["an ad click without adurl=", ACLK, { opaque: true }],
    ["an empty adurl=", `${ACLK}&adurl=`, { opaque: true }],
    ["an ad image", "http://ad.doubleclick.net/ad/site.example/email/;sz=468x60;ord=1986839?", undefined],
    ["a tag", "https://securepubads.g.doubleclick.net/tag/js/gpt.js", undefined],
    ["doubleclick.net itself", "https://doubleclick.net/aclk?adurl=https://x.example/", undefined],
    ["a look-alike", "https://ad.doubleclick.net.evil.example/aclk?adurl=https://x.example/", undefined],
    ["another ad network", "https://ad.example/aclk?adurl=https://x.example/", undefined],
  ])("%s", (_, href, expected) => expect(doubleClick.unwrap(new URL(href))).toEqual(expected));

  it("never throws on anything after a click path", () => {
    const prefixes = [
      `${ACLK}&adurl=`,
      "https://ad.doubleclick.net/ddm/clk/1;2;adurl=",
      "https://ad.doubleclick.net/clk;1?",
    ];
    fc.assert(
      fc.property(fc.constantFrom(...prefixes), fc.string(), (prefix, s) => {
        let url: URL;
        try {
          url = new URL(prefix + s);
        } catch {
          return;
        }
        const result = doubleClick.unwrap(url);
        expect(result === undefined || "target" in result || result.opaque).toBe(true);
      }),
    );
  });
});
