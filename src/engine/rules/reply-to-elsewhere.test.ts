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
      findings: [{ message: "elsewhere", title: "Replies go to campaign-desk.net" }],
    },
  ],
});
