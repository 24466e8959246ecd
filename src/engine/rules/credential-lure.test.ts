import { linkMessage } from "../../../test/support/linkMessage";
import { ruleTester } from "../../../test/support/ruleTester";
import { credentialLure } from "./credential-lure";

ruleTester(credentialLure, {
  valid: [
    {
      name: "the brand's own sign-in link",
      ...linkMessage(`<a href="https://login.microsoftonline.com/common/oauth2/authorize">Sign in</a>`, {
        from: { name: "Microsoft 365", address: "no-reply@microsoft.com" },
      }),
    },
    {
      name: "no brand claimed",
      ...linkMessage(`<a href="https://portal-site.com/login">Sign in</a>`),
    },
    {
      // A newsletter about Microsoft whose click tracking runs on its own, verified domain.
      name: "a newsletter's own verified tracking domain",
      eml:
        `Authentication-Results: mx.harperforsenate.org; dkim=pass header.d=techdigest-news.com; dmarc=pass header.from=techdigest-news.com\r\n` +
        `From: Tech Digest <news@techdigest-news.com>\r\nTo: dana@harperforsenate.org\r\nSubject: What's new in Microsoft 365 this week\r\n` +
        `MIME-Version: 1.0\r\nContent-Type: text/html\r\n\r\n<a href="https://click.techdigest-news.com/account/track?id=9">Read more</a>\r\n`,
    },
  ],
  invalid: [
    {
      name: "a DocuSign sign-in page on a free platform",
      ...linkMessage(
        `<a href="https://docs-review-7f3a.firebaseapp.com/login.html?doc=88">Review document</a>`,
        {
          subject: "DocuSign: Harper for Senate sent you a document to review",
        },
      ),
      findings: [
        {
          message: "lure",
          severity: "dangerous",
          title: "A sign-in link in a message about DocuSign goes to docs-review-7f3a.firebaseapp.com",
          detail: "docusign.com",
        },
      ],
    },
    {
      name: "a Microsoft sign-in page on someone else's domain",
      eml:
        `From: Microsoft 365 <alerts@account-alerts.com>\r\nTo: dana@harperforsenate.org\r\nSubject: Password expiry\r\n` +
        `MIME-Version: 1.0\r\nContent-Type: text/html\r\n\r\n<a href="https://secure-portal-365.com/signin?u=dana">Keep my password</a>\r\n`,
      findings: [
        {
          message: "lure",
          severity: "suspicious",
          evidence: { claims: "Microsoft 365", realDomain: "office.com" },
        },
      ],
    },
  ],
});
