import { ruleTester } from "../../../test/support/ruleTester";
import { undisclosedRecipients } from "./undisclosed-recipients";

const eml = (headers: string) =>
  `From: Victoria Cross <vcross@college.edu>\r\n${headers}Subject: Re: As Requested\r\n\r\nHello.\r\n`;

ruleTester(undisclosedRecipients, {
  valid: [
    { name: "a message to the reader", eml: eml("To: Dana <dana@harperforsenate.org>\r\n") },
    {
      name: "a copy to the reader",
      eml: eml("To: undisclosed-recipients:;\r\nCc: dana@harperforsenate.org\r\n"),
    },
    {
      name: "a mailing list's post",
      eml: eml("To: undisclosed-recipients:;\r\nList-Id: <dev.lists.example.org>\r\n"),
    },
    {
      name: "a newsletter service's mailing",
      eml: eml("To: undisclosed-recipients:;\r\nList-Unsubscribe: <https://news.example.org/u>\r\n"),
    },
    { name: "bulk mail marked as such", eml: eml("To: undisclosed-recipients:;\r\nPrecedence: bulk\r\n") },
    { name: "a header block cut short, without any To line", eml: eml("") },
    {
      name: "no headers to read (Outlook mobile)",
      message: { from: { name: "", address: "vcross@college.edu" }, subject: "Hello", to: [] },
    },
  ],
  invalid: [
    {
      name: "undisclosed recipients",
      eml: eml("To: undisclosed-recipients:;\r\n"),
      findings: [
        {
          message: "hidden",
          severity: "caution",
          title: "The message was sent to a hidden list of recipients",
          evidence: { to: "undisclosed-recipients:;" },
        },
      ],
    },
    {
      name: "an empty To line, read in Spanish",
      eml: eml("To: \r\n"),
      settings: { language: "es" },
      findings: [{ message: "hidden", title: "El mensaje se envió a una lista oculta de destinatarios" }],
    },
  ],
});
