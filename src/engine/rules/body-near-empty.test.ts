import { ruleTester } from "../../../test/support/ruleTester";
import { bodyNearEmpty } from "./body-near-empty";

const html = (body: string, extra = {}) => ({
  message: {
    from: { name: "", address: "x@sender-mail.com" },
    subject: "Notice",
    bodyHtml: `<html><body>${body}</body></html>`,
    ...extra,
  },
});

ruleTester(bodyNearEmpty, {
  valid: [
    {
      name: "a real message with a link",
      ...html(
        `<p>Hi Dana, here are the minutes from Tuesday's meeting and the agenda for next week. Please add your items before Friday so we can circulate it.</p><a href="https://docs.example-co.org/x">Agenda</a>`,
      ),
    },
    { name: "a short note without a link", ...html("<p>Thanks, see you then.</p>") },
    {
      name: "a short note whose content is attached",
      ...html(`<p>See attached.</p><a href="https://example-co.org">example-co.org</a>`, {
        attachments: [{ name: "minutes.pdf", contentType: "application/pdf", size: 1000, inline: false }],
      }),
    },
  ],
  invalid: [
    {
      name: "a picture that is a link",
      ...html(
        `<a href="https://promo-site.com/r/1"><img src="https://cdn.promo-site.com/banner.png" width="600"></a>`,
      ),
      findings: [
        {
          message: "image-only",
          title: "The message is a picture with a link",
          evidence: { words: 0, images: 1 },
        },
      ],
    },
    {
      name: "a line and a button",
      ...html(`<p>Your document is ready.</p><a href="https://view-doc.net/d/9">View</a>`),
      findings: [{ message: "near-empty", evidence: { words: 5 } }],
    },
  ],
});
