import fc from "fast-check";
import { bing } from "./bing";
import type { RewriterResult } from "./rewriter";

const b64 = (s: string) => Buffer.from(s).toString("base64url");
const CK =
  "https://www.bing.com/ck/a?!&&p=0ff9885a4d5c67aeJmltdHM9MTY5NDEzMTIwMA&ptn=3&ver=2&hsh=4&fclid=148b8bc7";

describe("bing", () => {
  it.each<[string, string, RewriterResult]>([
    [
      "u=a1 and the base64url target",
      `${CK}&u=a1${b64("https://wallet-restore.example/login?step=2")}&ntb=1`,
      { target: "https://wallet-restore.example/login?step=2" },
    ],
    [
      "psq= before u=, as search results have it",
      `${CK}&psq=wallet-restore.example&u=a1${b64("https://wallet-restore.example/")}&ntb=1`,
      { target: "https://wallet-restore.example/" },
    ],
    [
      "padding escaped as %3d",
      `${CK}&u=a1${Buffer.from("https://x.example/ab").toString("base64").replace(/=/g, "%3d")}`,
      { target: "https://x.example/ab" },
    ],
    [
      "standard base64 with a +, read raw so it does not become a space",
      `${CK}&u=a1${Buffer.from("https://x.example/?>>>").toString("base64")}`,
      { target: "https://x.example/?>>>" },
    ],
    [
      "bing.com without www",
      `https://bing.com/ck/a?!&&p=1&u=a1${b64("https://x.example/")}`,
      { target: "https://x.example/" },
    ],
    [
      "the older /alink/link?url=",
      "https://www.bing.com/alink/link?url=https%3a%2f%2fwww.dealer.example%2f&source=serp-local&h=zZMF",
      { target: "https://www.dealer.example/" },
    ],
    ["no u=", `${CK}&ntb=1`, { opaque: true }],
    ["u= without the a1 prefix", `${CK}&u=${b64("https://x.example/")}`, { opaque: true }],
    ["u=a1 with no URL in it", `${CK}&u=a1${b64("just words")}`, { opaque: true }],
    ["u=a1 that is not base64", `${CK}&u=a1***`, { opaque: true }],
    ["u=a1 holding a script", `${CK}&u=a1${b64("javascript:alert(1)")}`, { opaque: true }],
    ["search results", "https://www.bing.com/search?q=x&u=a1aHR0cHM6Ly94LmV4YW1wbGUv", undefined],
    ["another host", `https://www.bing.com.evil.example/ck/a?u=a1${b64("https://x.example/")}`, undefined],
    ["another Microsoft host", `https://www.msn.com/ck/a?u=a1${b64("https://x.example/")}`, undefined],
  ])("%s", (_, href, expected) => expect(bing.unwrap(new URL(href))).toEqual(expected));

  it("reads back any https URL, and never throws on anything after u=a1", () => {
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ["https"], withQueryParameters: true }), (t) => {
        expect(bing.unwrap(new URL(`${CK}&u=a1${b64(t)}&ntb=1`))).toEqual({ target: t });
      }),
    );
    fc.assert(
      fc.property(fc.string(), (s) => {
        let url: URL;
        try {
          url = new URL(`${CK}&u=a1${s}`);
        } catch {
          return;
        }
        expect(bing.unwrap(url)).toBeDefined();
      }),
    );
  });
});
