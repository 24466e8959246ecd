import { ruleTester } from "../../../test/support/ruleTester";
import { senderMisaligned } from "./sender-misaligned";

const elsewhere =
  "spf=pass (sender IP is 203.0.113.7) smtp.mailfrom=bulk-mailer.com; dkim=pass header.d=bulk-mailer.com";

ruleTester(senderMisaligned, {
  valid: [
    {
      name: "the Return-Path is the From domain's",
      mail: {
        from: "alex@harperforsenate.org",
        returnPath: "bounce@mail.harperforsenate.org",
        auth: "spf=pass smtp.mailfrom=mail.harperforsenate.org",
      },
    },
    {
      name: "DMARC passed",
      mail: {
        from: "alex@harperforsenate.org",
        returnPath: "b@bulk-mailer.com",
        auth: `${elsewhere}; dmarc=pass header.from=harperforsenate.org`,
      },
    },
    {
      name: "an ordinary sender",
      mail: { from: "news@shop-mail.com", returnPath: "b@bulk-mailer.com", auth: elsewhere },
    },
  ],
  invalid: [
    {
      name: "the organisation's own From sent and signed elsewhere",
      mail: { from: "alex@harperforsenate.org", returnPath: "b@bulk-mailer.com", auth: elsewhere },
      findings: [
        {
          message: "misaligned",
          severity: "suspicious",
          title: "The message was not sent by harperforsenate.org's own servers",
          evidence: { returnPathDomain: "bulk-mailer.com", dkimDomains: ["bulk-mailer.com"] },
        },
      ],
    },
    {
      // A protected brand mailing through a service is common: only a caution.
      name: "a protected brand through a mailing service",
      mail: { from: "it@senate.gov", returnPath: "b@bulk-mailer.com", auth: elsewhere },
      findings: [{ message: "misaligned", severity: "caution" }],
    },
  ],
});
