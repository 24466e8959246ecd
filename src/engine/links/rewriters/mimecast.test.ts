import { mimecast } from "./mimecast";
import type { RewriterResult } from "./rewriter";

describe("mimecast", () => {
  it.each<[string, string, RewriterResult]>([
    [
      "protect-us with domain=",
      "https://protect-us.mimecast.com/s/8oK3Cq717ycnrQ7giqCMcEkGoG?domain=senate.group",
      { opaque: true, hint: "senate.group" },
    ],
    [
      "protect-eu without domain=",
      "https://protect-eu.mimecast.com/s/Al-NC98BNNiNO7DsofKiqDHZw",
      { opaque: true },
    ],
    [
      "the newer url.<cc>.m.mimecastprotect.com",
      "https://url.uk.m.mimecastprotect.com/s/YP9XCWQRPfDXo1NIKijuVb2y7?domain=Login.MicrosoftOnline.com",
      { opaque: true, hint: "login.microsoftonline.com" },
    ],
    [
      "usb, with a tracker's host as the hint",
      "https://url.usb.m.mimecastprotect.com/s/hMRRCOJpWjf01O8PZuEfLSGhrg-?domain=3pl83q4d.r.us-east-1.awstrack.me",
      { opaque: true, hint: "3pl83q4d.r.us-east-1.awstrack.me" },
    ],
    [
      "an IP as the hint",
      "https://url.za.m.mimecastprotect.com/s/Al-NC98BNNiNO7Ds?domain=172.17.0.2",
      { opaque: true, hint: "172.17.0.2" },
    ],
    [
      "a domain= that is not a host",
      "https://url.au.m.mimecastprotect.com/s/8oK3Cq71?domain=not%20a%20host",
      { opaque: true },
    ],
    ["another path", "https://protect-us.mimecast.com/u/8oK3Cq71?domain=x.example", undefined],
    ["two labels in the region", "https://url.a.b.m.mimecastprotect.com/s/8oK3Cq71", undefined],
    ["Mimecast's own site", "https://www.mimecast.com/s/8oK3Cq71", undefined],
    ["a look-alike", "https://protect-us.mimecast.com.evil.example/s/8oK3Cq71?domain=x.example", undefined],
  ])("%s", (_, href, expected) => expect(mimecast.unwrap(new URL(href))).toEqual(expected));
});
