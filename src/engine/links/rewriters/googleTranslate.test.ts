import fc from "fast-check";
import { googleTranslate } from "./googleTranslate";
import type { RewriterResult } from "./rewriter";

describe("googleTranslate", () => {
  it.each<[string, string, RewriterResult]>([
    [
      "translate.google.com/translate?u= with a host and path only",
      "https://translate.google.com/translate?sl=auto&tl=en&hl=en&u=login.senate-mail.example/auth/login.php?click=1%26id=2",
      { target: "login.senate-mail.example/auth/login.php?click=1&id=2" },
    ],
    [
      "u= with a full URL",
      "http://translate.google.com/translate?u=http%3A%2F%2Fwww.news.example%2Fa&langpair=fr%7Cen",
      { target: "http://www.news.example/a" },
    ],
    [
      "/website on a country site",
      "https://translate.google.de/website?sl=auto&tl=de&u=https://x.example/",
      { target: "https://x.example/" },
    ],
    ["no u=", "https://translate.google.com/translate?sl=auto&tl=en", { opaque: true }],
    [
      "a translate.goog host, dashes for dots",
      "https://www-senate-verify-example.translate.goog/login?_x_tr_sl=auto&_x_tr_tl=en&_x_tr_hl=en",
      { target: "https://www.senate.verify.example/login" },
    ],
    [
      "a double dash for a dash, and the page's own query kept",
      "https://my--office-login-example.translate.goog/a/b?id=7&_x_tr_sl=auto&_x_tr_tl=en#top",
      { target: "https://my-office.login.example/a/b?id=7#top" },
    ],
    [
      "an http page",
      "https://x-example.translate.goog/?_x_tr_sch=http&_x_tr_sl=auto",
      { target: "http://x.example/" },
    ],
    ["a translate.goog label naming no host", "https://-.translate.goog/", { opaque: true }],
    ["translate.goog itself", "https://translate.goog/x", undefined],
    ["two labels below translate.goog", "https://a.x-example.translate.goog/", undefined],
    ["Google Translate's own page", "https://translate.google.com/?sl=auto&tl=en&text=hi", undefined],
    ["another Google host", "https://www.google.com/translate?u=https://x.example/", undefined],
    ["a look-alike", "https://translate.google.com.evil.example/translate?u=https://x.example/", undefined],
  ])("%s", (_, href, expected) => expect(googleTranslate.unwrap(new URL(href))).toEqual(expected));

  it("never throws on any translate.goog label or u=", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (label, s) => {
        for (const href of [
          `https://${label}.translate.goog/${s}`,
          `https://translate.google.com/translate?u=${s}`,
        ]) {
          let url: URL;
          try {
            url = new URL(href);
          } catch {
            continue;
          }
          googleTranslate.unwrap(url);
        }
      }),
    );
  });
});
