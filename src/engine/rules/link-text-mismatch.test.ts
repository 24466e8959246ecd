import { linkMessage } from "../../../test/support/linkMessage";
import { ruleTester } from "../../../test/support/ruleTester";
import { linkTextMismatch } from "./link-text-mismatch";

ruleTester(linkTextMismatch, {
  valid: [
    {
      name: "text and destination agree",
      ...linkMessage(`<a href="https://www.senate.gov/x">senate.gov</a>`),
    },
    {
      name: "two sites of one trusted owner",
      ...linkMessage(`<a href="https://www.microsoft.com/x">office.com</a>`),
    },
    { name: "text that shows no domain", ...linkMessage(`<a href="https://evil-site.com/">Click here</a>`) },
    {
      name: "a newsletter's click tracking on the sender's own domain",
      ...linkMessage(`<a href="https://click.mailer-hub.net/r/1">www.shop-online.com</a>`),
    },
  ],
  invalid: [
    {
      name: "text showing a trusted domain",
      ...linkMessage(`<a href="https://evil-site.com/x">https://www.senate.gov/login</a>`),
      findings: [
        {
          message: "mismatch",
          severity: "dangerous",
          title: "A link shows senate.gov but goes to evil-site.com",
        },
      ],
    },
    {
      name: "text showing a trusted domain, leading to the sender's own domain",
      ...linkMessage(`<a href="https://click.mailer-hub.net/r/1">senate.gov</a>`),
      findings: [{ message: "mismatch", severity: "dangerous" }],
    },
    {
      name: "text showing an ordinary domain, leading to a third party",
      ...linkMessage(`<a href="https://click.tracker-mail.net/r/1">www.shop-online.com</a>`),
      findings: [
        {
          message: "mismatch",
          severity: "caution",
          evidence: { shows: "shop-online.com", goesTo: "tracker-mail.net" },
        },
      ],
    },
  ],
});
