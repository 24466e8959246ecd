import { ruleTester } from "../../../test/support/ruleTester";
import { recipientInSubject } from "./recipient-in-subject";

const greeting = (bodyText: string) => ({
  message: {
    from: { name: "", address: "x@sender-mail.com" },
    to: [{ name: "", address: "dana.whitfield@harperforsenate.org" }],
    subject: "Nota fiscal disponível",
    bodyText,
  },
});

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
    {
      name: "the address in a newsletter's footer, far below the greeting",
      ...greeting(
        `Hi Dana, ${"here is this week's news. ".repeat(12)}This email was sent to dana.whitfield@harperforsenate.org.`,
      ),
    },
    { name: "a greeting by name", ...greeting("Dear Dana, your order has shipped.") },
    {
      name: "a reply quoting the original's header",
      ...greeting(
        '----- Original Message ----- From: "Scott" <scott@mail-host.com> To: <dana.whitfield@harperforsenate.org> Sent: Monday',
      ),
    },
  ],
  invalid: [
    {
      name: "a greeting with the reader's address",
      ...greeting(
        "Prezado Dana.Whitfield@harperforsenate.org confira sua nota de restituição no arquivo em anexo.",
      ),
      findings: [
        {
          message: "greeting",
          title: "The message greets you with your email address",
          evidence: { recipient: "dana.whitfield@harperforsenate.org" },
        },
      ],
    },
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
