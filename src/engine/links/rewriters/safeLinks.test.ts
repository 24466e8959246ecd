import type { RewriterResult } from "./rewriter";
import { safeLinks } from "./safeLinks";

/** Shaped like a real data= field: version | recipient | ids | tenant | ticks | Unknown | base64 | 0. */
const DATA =
  "05%7C02%7Cdana%40campaign.example%7C5b1c0a7e2d7f4c1e9a3b08dc9e1f2a3b%7C72f988bf86f141af91ab2d7cd011db47" +
  "%7C1%7C0%7C638571234567890123%7CUnknown%7CTWFpbGZsb3d8eyJWIjoiMC4wLjAwMDAiLCJQIjoiV2luMzIiLCJBTiI6Ik1haWwiLCJXVCI6Mn0%3D%7C0%7C%7C%7C";
const TAIL = `&data=${DATA}&sdata=Zk9xQ2hYbFd3N1VqT3BmS2s0dGx1eFZrT2pMMnQ%3D&reserved=0`;

describe("safeLinks", () => {
  it.each<[string, string, RewriterResult]>([
    [
      "a data-centre link with data= and sdata=",
      `https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fadfs-senate.services%2Fadfs%2Fls%2F%3Fclient-request-id%3D7f3e${TAIL}`,
      { target: "https://adfs-senate.services/adfs/ls/?client-request-id=7f3e" },
    ],
    [
      "an older 04|01 link on eur03",
      "https://eur03.safelinks.protection.outlook.com/?url=http%3A%2F%2Fmy-iri.org%2F&data=04%7C01%7Cdana%40campaign.example%7C0%7C0%7C637405284900251734&sdata=x&reserved=0",
      { target: "http://my-iri.org/" },
    ],
    [
      "a GCC tenant on office365.us",
      `https://gcc02.safelinks.protection.office365.us/?url=https%3A%2F%2Fwww.senate.gov%2Fsenators%2F${TAIL}`,
      { target: "https://www.senate.gov/senators/" },
    ],
    [
      "a 21Vianet tenant on outlook.cn (unverified form)",
      "https://can01.safelinks.protection.outlook.cn/?url=https%3A%2F%2Fexample.cn%2F&data=x&reserved=0",
      { target: "https://example.cn/" },
    ],
    [
      "Outlook on the web's click page",
      "https://outlook.office.com/mail/safelink.html?corid=1a2b3c4d-0000-4e5f-8a9b-0c1d2e3f4a5b&url=https%3A%2F%2Fhudsonorg-my-sharepoint.com%2Fpersonal",
      { target: "https://hudsonorg-my-sharepoint.com/personal" },
    ],
    [
      "the click page on outlook.office365.com",
      "https://outlook.office365.com/mail/safelink.html?url=https%3A%2F%2Fsenate.group%2F&corid=1",
      { target: "https://senate.group/" },
    ],
    [
      "a fully qualified host with its trailing dot",
      "https://NAM12.SafeLinks.Protection.Outlook.com./?url=https%3A%2F%2Fx.example%2F",
      { target: "https://x.example/" },
    ],
    ["no url=", `https://nam12.safelinks.protection.outlook.com/?${TAIL.slice(1)}`, { opaque: true }],
    [
      "two different url= values",
      "https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.senate.gov%2F&url=https%3A%2F%2Fsenate.group%2F",
      { opaque: true },
    ],
    [
      "the same url= twice",
      "https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fx.example%2F&url=https%3A%2F%2Fx.example%2F",
      { target: "https://x.example/" },
    ],
    ["an empty url=", "https://nam12.safelinks.protection.outlook.com/?url=&reserved=0", { opaque: true }],
    [
      "a bad escape in url=, kept as written",
      "https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fx.example%2F%ZZ",
      { target: "https://x.example/%ZZ" },
    ],
    [
      "the parent without a data centre",
      "https://safelinks.protection.outlook.com/?url=https%3A%2F%2Fx.example%2F",
      undefined,
    ],
    [
      "a look-alike parent",
      "https://nam12.safelinks.protection.outlook.com.evil.example/?url=https%3A%2F%2Fx.example%2F",
      undefined,
    ],
    [
      "the parent hidden in userinfo",
      "https://nam12.safelinks.protection.outlook.com@evil.example/?url=https%3A%2F%2Fx.example%2F",
      undefined,
    ],
    [
      "an OWA page that is not the click page",
      "https://outlook.office.com/mail/inbox?url=https%3A%2F%2Fx.example%2F",
      undefined,
    ],
    [
      "the click page on another host",
      "https://outlook.example/mail/safelink.html?url=https%3A%2F%2Fx.example%2F",
      undefined,
    ],
  ])("%s", (_, href, expected) => expect(safeLinks.unwrap(new URL(href))).toEqual(expected));
});
