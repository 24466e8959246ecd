import fc from "fast-check";
import { encodedRedirect } from "./encodedRedirect";
import type { RewriterResult } from "./rewriter";

const b64 = (s: string) => Buffer.from(s).toString("base64");
const b64url = (s: string) => Buffer.from(s).toString("base64url");
const TRACKER = "https://acme.lt.acemlnd.example/Prod/link-tracker";

describe("encodedRedirect", () => {
  it.each<[string, string, RewriterResult]>([
    [
      "redirectUrl= holding a base64 percent-encoded URL, as ActiveCampaign writes it",
      `${TRACKER}?redirectUrl=${b64(encodeURIComponent("https://ledger-restore.example/?a=1"))}&sig=2sEm&iat=1704343351`,
      { target: "https://ledger-restore.example/?a=1" },
    ],
    [
      "url= holding plain base64 with padding",
      `https://click.mailer.example/r?id=77&url=${b64("https://x.example/login")}`,
      { target: "https://x.example/login" },
    ],
    [
      "padding escaped as %3D",
      `https://click.mailer.example/r?url=${b64("https://x.example/ab").replace(/=/g, "%3D")}`,
      { target: "https://x.example/ab" },
    ],
    [
      "u= in the URL-safe alphabet, without padding",
      `https://go.mailer.example/c?u=${b64url("https://x.example/?q=>>>")}`,
      { target: "https://x.example/?q=>>>" },
    ],
    [
      "a standard-alphabet + left raw in the query",
      `https://go.mailer.example/c?u=${b64("https://x.example/?q=>>>")}`,
      { target: "https://x.example/?q=>>>" },
    ],
    ["target=", `https://r.example/?target=${b64("http://x.example/")}`, { target: "http://x.example/" }],
    ["dest=", `https://r.example/?dest=${b64("http://x.example/")}`, { target: "http://x.example/" }],
    ["link=", `https://r.example/?link=${b64("http://x.example/")}`, { target: "http://x.example/" }],
    [
      "redirect_url=",
      `https://r.example/?redirect_url=${b64("https://x.example/")}`,
      { target: "https://x.example/" },
    ],
    [
      "the name in another case",
      `https://r.example/?RedirectURL=${b64("https://x.example/")}`,
      { target: "https://x.example/" },
    ],
    [
      "the same destination twice",
      `https://r.example/?u=${b64("https://x.example/")}&url=${b64("https://x.example/")}`,
      { target: "https://x.example/" },
    ],
    [
      "two different destinations",
      `https://r.example/?u=${b64("https://x.example/")}&url=${b64("https://y.example/")}`,
      { opaque: true },
    ],
    [
      "one readable destination among other parameters",
      `https://r.example/?u=abc&url=${b64("https://x.example/")}&link=plain`,
      { target: "https://x.example/" },
    ],
    [
      "an IP host",
      `https://r.example/?u=${b64("http://192.0.2.7/login")}`,
      { target: "http://192.0.2.7/login" },
    ],
    ["a plain URL in url=: not this rule's", "https://r.example/?url=https%3A%2F%2Fx.example%2F", undefined],
    ["another parameter name", `https://r.example/?next=${b64("https://x.example/")}`, undefined],
    ["a value that is not base64", "https://r.example/?u=aHR0cHM6Ly9**", undefined],
    ["a value that decodes to text", `https://r.example/?u=${b64("hello world")}`, undefined],
    ["a script", `https://r.example/?u=${b64("javascript:alert(1)")}`, undefined],
    ["a file link", `https://r.example/?u=${b64("file:///etc/passwd")}`, undefined],
    ["a URL with a space", `https://r.example/?u=${b64("https://x.example/a b")}`, undefined],
    ["a URL with a control character", `https://r.example/?u=${b64("https://x.example/\u0007")}`, undefined],
    ["a URL followed by junk", `https://r.example/?u=${b64("https://x.example/\n<script>")}`, undefined],
    [
      "invalid UTF-8",
      `https://r.example/?u=${Buffer.from([...Buffer.from("https://x.example/"), 0xff]).toString("base64")}`,
      undefined,
    ],
    ["a host without a dot", `https://r.example/?u=${b64("http://intranet/")}`, undefined],
    ["an empty host", `https://r.example/?u=${b64("https:///x")}`, undefined],
    ["a host with an empty label", `https://r.example/?u=${b64("https://a..b/")}`, undefined],
    [
      "a return address on the same site",
      `https://login.site.example/?url=${b64("https://app.site.example/home")}`,
      undefined,
    ],
    ["base64 in the fragment only", `https://r.example/#u=${b64("https://x.example/")}`, undefined],
    ["no query", "https://r.example/u/aHR0cHM6Ly94LmV4YW1wbGUv", undefined],
  ])("%s", (_, href, expected) => expect(encodedRedirect.unwrap(new URL(href))).toEqual(expected));

  it("reads back any https URL on another site", () => {
    const target = fc
      .webUrl({ validSchemes: ["https"], withQueryParameters: true, withFragments: true })
      .filter((t) => !new URL(t).hostname.endsWith("mailer.test"));
    fc.assert(
      fc.property(target, fc.boolean(), (t, encoded) => {
        const value = b64(encoded ? encodeURIComponent(t) : t);
        expect(encodedRedirect.unwrap(new URL(`https://go.mailer.test/c?redirectUrl=${value}&s=1`))).toEqual({
          target: t,
        });
      }),
    );
  });

  it("never throws, and claims no link without an encoded URL", () => {
    fc.assert(
      fc.property(fc.constantFrom("u", "url", "redirectUrl", "q"), fc.string(), (name, s) => {
        let url: URL;
        try {
          url = new URL(`https://r.example/?${name}=${s}`);
        } catch {
          return;
        }
        const result = encodedRedirect.unwrap(url);
        if (result !== undefined) expect(s).toContain("aHR0c");
      }),
    );
  });
});
