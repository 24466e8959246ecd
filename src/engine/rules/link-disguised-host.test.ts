import { linkMessage } from "../../../test/support/linkMessage";
import { ruleTester } from "../../../test/support/ruleTester";
import { linkDisguisedHost } from "./link-disguised-host";

const link = (href: string) => linkMessage(`<a href="${href}">Open</a>`);

ruleTester(linkDisguisedHost, {
  valid: [
    { name: "an ordinary link", ...link("https://www.example-shop.com/") },
    // An address typed in a plain-text body is not a link the sender built.
    {
      name: "an IP address typed in plain text",
      message: {
        from: { name: "", address: "admin@it-team.org" },
        bodyText: "The printer is at 192.0.2.44 and the VPN at 10.0.0.1/24.",
      },
    },
    { name: "a private address in a link", ...link("http://192.168.10.2/admin") },
    { name: "a loopback address in a link", ...link("http://127.0.0.1/") },
  ],
  invalid: [
    {
      name: "a fake address before the @",
      ...link("https://www.office.com-secure@evil-site.com/"),
      findings: [
        {
          message: "userinfo",
          severity: "dangerous",
          detail: "goes to evil-site.com, not to “www.office.com-secure”",
        },
      ],
    },
    {
      name: "an IP address written in hex and octal",
      ...link("http://0x3E.0004.0x10.0256/login"),
      findings: [{ message: "disguised-ip", severity: "dangerous", detail: "62.4.16.174" }],
    },
    {
      name: "a bare public IP address",
      ...link("http://62.4.16.174/login"),
      findings: [{ message: "ip-host", severity: "suspicious" }],
    },
    {
      name: "a public IP address written with its scheme in plain text",
      message: {
        from: { name: "", address: "x@it-team.org" },
        bodyText: "Log in at http://62.4.16.174/login now.",
      },
      findings: [{ message: "ip-host", severity: "suspicious" }],
    },
    {
      name: "an unusual port",
      ...link("https://shop.example-shop.com:8443/"),
      findings: [{ message: "port", severity: "caution" }],
    },
    {
      name: "a punycode address, shown both ways",
      ...link("https://xn--mnchen-3ya.de/"),
      findings: [
        { message: "punycode", severity: "caution", detail: "xn--mnchen-3ya.de displays as münchen.de" },
      ],
    },
  ],
});
