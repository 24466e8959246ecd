import { linkMessage } from "../../../test/support/linkMessage";
import { ruleTester } from "../../../test/support/ruleTester";
import { linkDeceptiveHost } from "./link-deceptive-host";

const link = (href: string) => linkMessage(`<a href="${href}">Open</a>`);

ruleTester(linkDeceptiveHost, {
  valid: [
    { name: "an ordinary link", ...link("https://www.example-shop.com/") },
    { name: "a country ending with com in it", ...link("https://shop.example.com.au/") },
    { name: "com as part of a word", ...link("https://community.example-shop.com/") },
    { name: "an ISP's infrastructure name", ...link("http://f-gw13.f.net.dtag.de/") },
  ],
  invalid: [
    {
      name: "a .com written inside the host",
      ...link("https://paypal.com.secure-login.net/"),
      findings: [
        {
          message: "fake-ending",
          title: "A link's address pretends to end in .com: paypal.com.secure-login.net",
        },
      ],
    },
    {
      name: "a -com label before a hosting platform",
      ...link("https://kyc-verification-id920039102-com.stackstaging.com/"),
      findings: [{ message: "fake-ending" }],
    },
    {
      name: "a Telegram chat, as a booster",
      ...link("https://t.me/support_desk"),
      findings: [{ message: "chat", severity: "caution" }],
    },
    {
      name: "an abused ending, as a booster",
      ...link("https://airdrop.stablereward.claims/"),
      findings: [{ message: "abused-ending", severity: "caution", title: "(.claims)" }],
    },
  ],
});
