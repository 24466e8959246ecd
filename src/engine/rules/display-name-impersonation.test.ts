import { exchangeAuth } from "../../../test/support/exchangeMail";
import { ruleTester } from "../../../test/support/ruleTester";
import { displayNameImpersonation } from "./display-name-impersonation";

const PASS = { spf: "pass", dkim: "pass", dmarc: "pass", compauth: "pass" };
const mail = (from: string, domain: string) => ({ mail: { from, auth: exchangeAuth(domain, PASS) } });

ruleTester(displayNameImpersonation, {
  valid: [
    {
      name: "Microsoft from its own domain",
      ...mail("Microsoft <account-security-noreply@accountprotection.microsoft.com>", "microsoft.com"),
    },
    { name: "a person's name", ...mail("Dana Whitfield <dana@lobbying-firm.com>", "lobbying-firm.com") },
    {
      name: "the candidate from the campaign",
      ...mail("Jordan Harper <jordan@harperforsenate.org>", "harperforsenate.org"),
    },
  ],
  invalid: [
    {
      name: "a VIP's name from a free mailbox",
      ...mail("Jordan Harper <jordan.harper.campaign@gmail.com>", "gmail.com"),
      findings: [
        {
          message: "vip",
          severity: "suspicious",
          detail: "free mailbox",
          evidence: { vip: "Jordan Harper" },
        },
      ],
    },
    {
      name: "an organisation's name from elsewhere",
      ...mail('"U.S. Senate IT" <helpdesk@it-support-desk.com>', "it-support-desk.com"),
      findings: [
        {
          message: "claims-organisation",
          severity: "suspicious",
          title: "U.S. Senate",
          evidence: { claims: "U.S. Senate", realDomain: "senate.gov" },
        },
      ],
    },
    {
      name: "an organisation's name from free mail",
      ...mail('"U.S. Senate IT" <senate.helpdesk@gmail.com>', "gmail.com"),
      findings: [{ message: "claims-organisation", severity: "dangerous" }],
    },
    {
      name: "another address in the name",
      ...mail('"security@senate.gov" <x@mailer-hub.net>', "mailer-hub.net"),
      findings: [{ message: "domain-in-name", severity: "suspicious", title: "senate.gov" }],
    },
    {
      name: "an ordinary other domain in the name",
      ...mail('"News from shop-online.com" <x@mailer-hub.net>', "mailer-hub.net"),
      findings: [{ message: "domain-in-name", severity: "caution" }],
    },
    {
      name: "an encoded @ hidden in the name (Mailsploit)",
      ...mail("=?utf-8?b?cG90dXNAd2hpdGVob3VzZS5nb3Y=?==?utf-8?Q?=00?= <x@mailer-hub.net>", "mailer-hub.net"),
      findings: [
        { message: "hidden-characters", severity: "dangerous", detail: "encoded “@”" },
        { message: "domain-in-name", severity: "suspicious" },
      ],
    },
  ],
});
