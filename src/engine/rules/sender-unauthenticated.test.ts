import { exchangeAuth } from "../../../test/support/exchangeMail";
import { ruleTester } from "../../../test/support/ruleTester";
import { senderUnauthenticated } from "./sender-unauthenticated";

const PASS = { spf: "pass", dkim: "pass", dmarc: "pass", compauth: "pass" };

ruleTester(senderUnauthenticated, {
  valid: [
    {
      name: "everything passes",
      mail: { from: "news@shop-mail.com", auth: exchangeAuth("shop-mail.com", PASS) },
    },
    { name: "no results at all (nothing was checked)", mail: { from: "news@shop-mail.com" } },
    { name: "internal mail", mail: { from: "alex@harperforsenate.org", internal: true, auth: "spf=none" } },
    {
      name: "a DKIM signature of the From domain that broke on a mailing list",
      mail: { from: "dev@small-project.org", auth: "dkim=fail header.d=small-project.org; spf=none" },
    },
    {
      name: "a failure, which is sender-auth-failed's",
      mail: {
        from: "news@shop-mail.com",
        auth: exchangeAuth("shop-mail.com", { spf: "fail", dkim: "none", dmarc: "fail", compauth: "fail" }),
      },
    },
    {
      name: "only the envelope verified, in the From's domain",
      mail: {
        from: "news@shop-mail.com",
        returnPath: "bounce@mail.shop-mail.com",
        auth: "spf=pass smtp.mailfrom=mail.shop-mail.com; dkim=none",
      },
    },
  ],
  invalid: [
    {
      name: "a signature and an envelope of another domain, no DMARC",
      mail: {
        from: "Support <support@account-center.com>",
        returnPath: "x@bulk-sender.net",
        auth: "spf=pass smtp.mailfrom=bulk-sender.net; dkim=pass header.d=bulk-sender.net; dmarc=none header.from=account-center.com",
      },
      findings: [
        {
          message: "unverified",
          title: "Nothing confirms the message really comes from account-center.com",
          evidence: { verifiedDomains: ["bulk-sender.net"] },
        },
      ],
    },
    {
      name: "no signature, no SPF",
      mail: {
        from: "a@prize-center.net",
        auth: "spf=none smtp.mailfrom=prize-center.net; dkim=none; dmarc=none header.from=prize-center.net",
      },
      findings: [{ message: "unverified" }],
    },
    {
      name: "a DMARC record so broken it could not be applied, though Microsoft's compauth passed",
      mail: {
        from: "Personal Loan <renew@loan-offers.com>",
        auth: exchangeAuth("loan-offers.com", {
          spf: "pass",
          dkim: "pass",
          dmarc: "permerror",
          compauth: "pass",
        }),
      },
      findings: [
        {
          message: "dmarc-broken",
          title: "loan-offers.com has a broken anti-forgery (DMARC) record",
          evidence: { dmarc: "permerror" },
        },
      ],
    },
  ],
});
