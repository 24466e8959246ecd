import { linkMessage } from "../../../test/support/linkMessage";
import { ruleTester } from "../../../test/support/ruleTester";
import { linkShortenerHosting } from "./link-shortener-hosting";

const link = (href: string, extra = {}) => linkMessage(`<a href="${href}">Open</a>`, extra);
const microsoft = { from: { name: "Microsoft 365", address: "no-reply@mailer-hub.net" } };

ruleTester(linkShortenerHosting, {
  valid: [
    { name: "an ordinary site", ...link("https://example-shop.com/") },
    { name: "a Google document that is not a form", ...link("https://www.google.com/search?q=x") },
  ],
  invalid: [
    {
      name: "a shortener alone",
      ...link("https://bit.ly/3xYz"),
      findings: [{ message: "shortener", severity: "caution" }],
    },
    {
      name: "a shortener in a message claiming a protected brand",
      ...link("https://bit.ly/3xYz", microsoft),
      findings: [{ message: "shortener", severity: "suspicious", detail: "Microsoft" }],
    },
    {
      name: "a hosting platform, named",
      ...link("https://files-7f3a.web.app/q3.pdf"),
      findings: [{ message: "hosting", severity: "caution", title: "Firebase" }],
    },
    {
      name: "a hosting platform in a message about a protected brand",
      ...link("https://files-7f3a.web.app/q3.pdf", { subject: "Hudson Institute: your invitation" }),
      findings: [{ message: "hosting", severity: "suspicious" }],
    },
    // Trust means "not a look-alike", not "nobody else can publish there".
    {
      name: "t.co, a trusted company's shortener",
      ...link("https://t.co/AbC123"),
      findings: [{ message: "shortener", severity: "caution" }],
    },
    {
      name: "Google Sites",
      ...link("https://sites.google.com/view/secure-docs-portal"),
      findings: [{ message: "hosting", severity: "caution", title: "Google Sites" }],
    },
    {
      name: "Microsoft Forms in a message in Microsoft's name",
      ...link("https://forms.office.com/r/Abc123", microsoft),
      findings: [{ message: "hosting", severity: "suspicious", title: "Microsoft Forms" }],
    },
    {
      name: "Google Forms",
      ...link("https://docs.google.com/forms/d/e/1FAIpQL/viewform"),
      findings: [{ message: "hosting", severity: "caution", title: "Google Forms" }],
    },
  ],
});
