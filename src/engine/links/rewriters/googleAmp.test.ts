import fc from "fast-check";
import { googleAmp } from "./googleAmp";
import type { RewriterResult } from "./rewriter";

describe("googleAmp", () => {
  it.each<[string, string, RewriterResult]>([
    [
      "/amp/s/ goes to the https page",
      "https://www.google.com/amp/s/senate-login.example/adfs/ls/",
      { target: "https://senate-login.example/adfs/ls/" },
    ],
    [
      "/amp/ without s goes to the http page",
      "https://www.google.co.uk/amp/donate-now.example/UEEvakx1aHRO",
      { target: "http://donate-now.example/UEEvakx1aHRO" },
    ],
    [
      "the query and fragment travel with the page",
      "https://google.com/amp/s/x.example/p?id=7&to=dana%40campaign.example#top",
      { target: "https://x.example/p?id=7&to=dana%40campaign.example#top" },
    ],
    [
      "a bare host",
      "https://google.com/amp/s/mail-server.example",
      { target: "https://mail-server.example" },
    ],
    ["google.de", "https://www.google.de/amp/s/x.example/", { target: "https://x.example/" }],
    ["google.com.br", "https://www.google.com.br/amp/s/x.example/", { target: "https://x.example/" }],
    [
      "a scheme written out after /amp/s/",
      "https://www.google.com/amp/s/http://x.example/a",
      { target: "http://x.example/a" },
    ],
    [
      "a Google redirect inside, for the next layer to read",
      "https://www.google.com/amp/s/www.google.com/url?q=https://x.example/",
      { target: "https://www.google.com/url?q=https://x.example/" },
    ],
    ["nothing after /amp/", "https://www.google.com/amp/", { opaque: true }],
    ["nothing after /amp/s/", "https://www.google.com/amp/s/", { opaque: true }],
    ["/amp without a slash", "https://www.google.com/amp", undefined],
    ["another path", "https://www.google.com/search?q=amp", undefined],
    ["/amp/ deeper in the path", "https://www.google.com/x/amp/s/x.example/", undefined],
    ["another Google subdomain", "https://news.google.com/amp/s/x.example/", undefined],
    ["google. on a non-country ending", "https://www.google.xyz/amp/s/x.example/", undefined],
    ["a look-alike", "https://www.goog1e.com/amp/s/x.example/", undefined],
    ["google as a subdomain", "https://google.evil.example/amp/s/x.example/", undefined],
  ])("%s", (_, href, expected) => expect(googleAmp.unwrap(new URL(href))).toEqual(expected));

  it("never throws, and anything it reads starts with a scheme", () => {
    fc.assert(
      fc.property(fc.constantFrom("/amp/", "/amp/s/", "/amp/s/https://"), fc.string(), (prefix, s) => {
        let url: URL;
        try {
          url = new URL(`https://www.google.com${prefix}${s}`);
        } catch {
          return;
        }
        const result = googleAmp.unwrap(url);
        if (result && "target" in result) expect(result.target).toMatch(/^https?:\/\//);
      }),
    );
  });
});
