import { gmxDeref } from "./gmxDeref";
import type { RewriterResult } from "./rewriter";

describe("gmxDeref", () => {
  it.each<[string, string, RewriterResult]>([
    [
      "GMX, with a token",
      "https://deref-gmx.net/mail/client/ulc_0Gq1TD4/dereferrer/?redirectUrl=https%3A%2F%2Ft.example%2Fabc",
      { target: "https://t.example/abc" },
    ],
    [
      "WEB.DE",
      "https://deref-web.de/mail/client/akYai3oF398/dereferrer/?redirectUrl=https%3A%2F%2Fx.example%2F",
      { target: "https://x.example/" },
    ],
    [
      "WEB.DE's other host, without a token",
      "https://deref-web-02.de/mail/client/dereferrer/?redirectUrl=http%3A%2F%2Fx.example",
      { target: "http://x.example" },
    ],
    [
      "deref-gmx.com, without the trailing slash",
      "https://deref-gmx.com/mail/client/Xd-w/dereferrer?redirectUrl=https%3A%2F%2Fx.example%2F",
      { target: "https://x.example/" },
    ],
    ["no redirectUrl=", "https://deref-gmx.net/mail/client/ulc/dereferrer/", { opaque: true }],
    ["another path", "https://deref-gmx.net/?redirectUrl=https%3A%2F%2Fx.example%2F", undefined],
    [
      "another host",
      "https://deref-evil.example/mail/client/a/dereferrer/?redirectUrl=https://x.example/",
      undefined,
    ],
  ])("%s", (_, href, expected) => expect(gmxDeref.unwrap(new URL(href))).toEqual(expected));
});
