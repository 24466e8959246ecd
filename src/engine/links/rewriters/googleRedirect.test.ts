import { googleRedirect } from "./googleRedirect";
import type { RewriterResult } from "./rewriter";

describe("googleRedirect", () => {
  it.each<[string, string, RewriterResult]>([
    [
      "q= holding a Bing redirect, escapes decoded once",
      "https://www.google.com/url?q=https://www.bing.com/ck/a?!%26%26p%3D0ff9885a4d5c67ae%26ptn%3D3&sa=D&sntz=1&usg=AOvVaw2beN1EEzArrNyNGpG6eDsy",
      { target: "https://www.bing.com/ck/a?!&&p=0ff9885a4d5c67ae&ptn=3" },
    ],
    [
      "q= escaped letter by letter",
      "https://www.google.com/url?q=%68ttp%3A%2F%2Fc%61mp%61ign-don%61te%2eex%61mple%2F&sa=D",
      { target: "http://campaign-donate.example/" },
    ],
    [
      "url= from a search result",
      "https://www.google.com/url?sa=t&rct=j&url=https%3A%2F%2Fsenate.group%2F&usg=x",
      { target: "https://senate.group/" },
    ],
    [
      "google.com without www",
      "https://google.com/url?q=https://x.example/",
      { target: "https://x.example/" },
    ],
    ["google.co.uk", "https://www.google.co.uk/url?q=https://x.example/", { target: "https://x.example/" }],
    ["google.de", "https://www.google.de/url?q=https://x.example/", { target: "https://x.example/" }],
    ["google.com.au", "https://google.com.au/url?q=https://x.example/", { target: "https://x.example/" }],
    ["no q= or url=", "https://www.google.com/url?sa=D", { opaque: true }],
    ["search", "https://www.google.com/search?q=https://x.example/", undefined],
    ["another Google subdomain", "https://maps.google.com/url?q=https://x.example/", undefined],
    ["google. on a non-country ending", "https://www.google.xyz/url?q=https://x.example/", undefined],
    ["google as a subdomain", "https://google.evil.example/url?q=https://x.example/", undefined],
    ["a look-alike", "https://www.goog1e.com/url?q=https://x.example/", undefined],
  ])("%s", (_, href, expected) => expect(googleRedirect.unwrap(new URL(href))).toEqual(expected));
});
