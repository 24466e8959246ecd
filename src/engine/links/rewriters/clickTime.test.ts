import { clickTime } from "./clickTime";
import type { RewriterResult } from "./rewriter";

describe("clickTime", () => {
  it.each<[string, string, RewriterResult]>([
    [
      "a token and u=",
      "https://clicktime.symantec.com/39e8TeBHakB1PfMJjJ1h1zf7Vc?u=http%3A%2F%2Fwww.campaign-donate.example%2F",
      { target: "http://www.campaign-donate.example/" },
    ],
    [
      "u= holding an obfuscated IP without a scheme (read as a URL by unwrapUrl)",
      "https://clicktime.symantec.com/3Ab9xQw2?u=0x3E.0004.0x10.0256/login",
      { target: "0x3E.0004.0x10.0256/login" },
    ],
    [
      "a token only: the destination is on Symantec's side",
      "https://clicktime.symantec.com/39e8TeBHakB1PfMJjJ1h1zf7V",
      { opaque: true },
    ],
    ["another Symantec host", "https://www.symantec.com/x?u=http%3A%2F%2Fx.example%2F", undefined],
  ])("%s", (_, href, expected) => expect(clickTime.unwrap(new URL(href))).toEqual(expected));
});
