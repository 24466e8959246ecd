import { exchangeAuth } from "../../../test/support/exchangeMail";
import { ruleTester } from "../../../test/support/ruleTester";
import { replyToElsewhere } from "./reply-to-elsewhere";

const PASS = { spf: "pass", dkim: "pass", dmarc: "pass", compauth: "pass" };

ruleTester(replyToElsewhere, {
  valid: [
    {
      name: "list mail replying to the list",
      mail: {
        from: "someone@lists-host.org",
        replyTo: "discuss@lists.other-host.org",
        auth: exchangeAuth("lists-host.org", PASS),
      },
    },
    {
      name: "a look-alike Reply-To, which is the look-alike rule's",
      mail: {
        from: "Senate IT <it@senate.gov>",
        replyTo: "it@senate-gov.help",
        auth: exchangeAuth("senate.gov", PASS),
      },
    },
    {
      name: "free mail replying to free mail",
      mail: { from: "jane@gmail.com", replyTo: "jane.doe@yahoo.com", auth: exchangeAuth("gmail.com", PASS) },
    },
    {
      name: "a sibling of the protected owner",
      mail: {
        from: "Microsoft <a@microsoft.com>",
        replyTo: "b@office.com",
        auth: exchangeAuth("microsoft.com", PASS),
      },
    },
  ],
  invalid: [
    {
      name: "replies to a free mailbox from a protected From",
      mail: {
        from: "Hudson Institute <events@hudson.org>",
        replyTo: "hudson.events.rsvp@gmail.com",
        auth: exchangeAuth("hudson.org", PASS),
      },
      findings: [
        {
          message: "elsewhere",
          severity: "suspicious",
          title: "Replies go to a free gmail.com mailbox, not to hudson.org",
          evidence: { replyTo: "hudson.events.rsvp@gmail.com", freeMail: true },
        },
      ],
    },
    {
      name: "replies to another organisation from the campaign's own domain",
      mail: {
        from: "alex@harperforsenate.org",
        replyTo: "alex@campaign-desk.net",
        auth: exchangeAuth("harperforsenate.org", PASS),
      },
      findings: [{ message: "elsewhere", severity: "suspicious", title: "Replies go to campaign-desk.net" }],
    },
    {
      name: "a company's mail asking for replies to a free mailbox",
      mail: {
        from: "Billing <billing@invoice-center.com>",
        replyTo: "invoice.dept22@gmail.com",
        auth: exchangeAuth("invoice-center.com", PASS),
      },
      findings: [
        {
          message: "free-mail",
          severity: "caution",
          title: "Replies go to a free gmail.com mailbox, not to invoice-center.com",
        },
      ],
    },
    {
      name: "a mailto: link to a free mailbox",
      message: {
        from: { name: "Claims", address: "claims@award-office.com" },
        bodyHtml:
          '<p>Write to our agent: <a href="mailto:agent.claims@outlook.com?subject=Claim">agent</a></p>',
      },
      findings: [{ message: "mailto-free-mail", severity: "caution", detail: "agent.claims@outlook.com" }],
    },
  ],
});
