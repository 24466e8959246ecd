import { linkMessage, safeLinks } from "../../../test/support/linkMessage";
import { ruleTester } from "../../../test/support/ruleTester";
import { linkLookalike } from "./link-lookalike-domain";

ruleTester(linkLookalike, {
  valid: [
    { name: "the real senate.gov", ...linkMessage(`<a href="https://www.senate.gov/x">Senate</a>`) },
    { name: "an ordinary site", ...linkMessage(`<a href="https://example-shop.com/">Shop</a>`) },
  ],
  invalid: [
    {
      name: "a look-alike behind Safe Links, naming the wrapper",
      ...linkMessage(`<a href="${safeLinks("https://senate.gov-login.com/adfs/ls")}">Sign in</a>`),
      findings: [
        {
          message: "imitation",
          severity: "dangerous",
          title: "A link goes to senate.gov-login.com, which imitates senate.gov",
          evidence: { links: [expect.objectContaining({ unwrapped: ["Microsoft Defender Safe Links"] })] },
        },
      ],
    },
    {
      name: "Safe Links around Proofpoint v3 around the known spoof",
      ...linkMessage(
        `<a href="${safeLinks("https://urldefense.com/v3/__https://adfs-senate.services/login__;!!ABCdEf!GhIjKl$")}">Sign in</a>`,
      ),
      findings: [{ message: "imitation", severity: "dangerous", title: "adfs-senate.services" }],
    },
    {
      name: "a look-alike that redirects to a harmless-looking site through a base64 parameter",
      ...linkMessage(
        `<a href="https://senate.gov-login.com/r?redirectUrl=${Buffer.from("https://www.example-news.com/story").toString("base64")}">Read</a>`,
      ),
      findings: [
        { message: "imitation", severity: "dangerous", title: "A link goes to senate.gov-login.com" },
      ],
    },
    {
      name: "a homograph, titled by what it really is",
      ...linkMessage(`<a href="https://xn--snate-bsa.gov/">Senate</a>`),
      findings: [
        {
          message: "homograph",
          severity: "dangerous",
          title: "A link only looks like senate.gov: it goes to xn--snate-bsa.gov",
        },
      ],
    },
    {
      name: "an international name that imitates no one is called what it is",
      ...linkMessage(`<a href="https://xn--watherstation-w3k.com/">Weather</a>`),
      findings: [
        {
          message: "deceptive-name",
          severity: "suspicious",
          title: "A link goes to an international name browsers would not display: xn--watherstation-w3k.com",
        },
      ],
    },
  ],
});
