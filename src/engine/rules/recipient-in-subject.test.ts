import { ruleTester } from "../../../test/support/ruleTester";
import { recipientInSubject } from "./recipient-in-subject";

const message = (subject: string, to = "dana.whitfield@harperforsenate.org") => ({
  message: { from: { name: "", address: "x@sender-mail.com" }, to: [{ name: "", address: to }], subject },
});

ruleTester(recipientInSubject, {
  valid: [
    { name: "the reader's first name", ...message("Dana, your order shipped", "dana@harperforsenate.org") },
    { name: "an ordinary subject", ...message("Quarterly report") },
    {
      name: "a list tag that is the list's address",
      ...message("[Razor-users] errata", "razor-users@lists.example.org"),
    },
    {
      name: "mail to a list",
      eml: "From: a@b-mail.com\r\nTo: dev-list@lists.org\r\nList-Id: <dev-list.lists.org>\r\nSubject: dev-list digest\r\n\r\nx\r\n",
    },
  ],
  invalid: [
    {
      name: "the whole address",
      ...message("dana.whitfield@harperforsenate.org: your mailbox is full"),
      findings: [{ message: "address", evidence: { recipient: "dana.whitfield@harperforsenate.org" } }],
    },
    {
      name: "a distinctive local part",
      ...message("Password expiry notice for dana.whitfield"),
      findings: [{ message: "address", detail: "“dana.whitfield”" }],
    },
  ],
});
