import type { EmbeddedLink } from "../message";
import { linkMessage } from "../../../test/support/linkMessage";
import { ruleTester } from "../../../test/support/ruleTester";
import { qrCodeLink } from "./qr-code-link";

const qr = (href: string, container = "image001.png"): EmbeddedLink => ({ href, source: "qr", container });
const pdf = (href: string, container = "invoice.pdf"): EmbeddedLink => ({ href, source: "pdf", container });
const body = (html: string, embeddedLinks: EmbeddedLink[], extra = {}) =>
  linkMessage(html, { embeddedLinks, ...extra });
const scanOnly = (embeddedLinks: EmbeddedLink[], extra = {}) =>
  body("<p>Scan the code below with your phone to keep access.</p>", embeddedLinks, extra);
const microsoft = { from: { name: "Microsoft 365", address: "no-reply@mfa-notice.example" } };

ruleTester(qrCodeLink, {
  valid: [
    { name: "no embedded links", ...body('<a href="https://example-shop.com/">Shop</a>', []) },
    {
      name: "a link read from a PDF is not a QR code",
      ...body('<a href="https://example-shop.com/">Shop</a>', [pdf("https://example-shop.com/terms")]),
    },
    {
      name: "a QR code to the organisation's own domain",
      ...scanOnly([qr("https://www.harperforsenate.org/volunteer")]),
    },
  ],
  invalid: [
    {
      name: "a QR code beside ordinary links: a caution naming the picture",
      ...body('<a href="https://example-shop.com/">Shop</a>', [qr("https://event-checkin.example/t/4471")]),
      findings: [
        {
          message: "qr",
          severity: "caution",
          title: "A QR code in the message hides a link to event-checkin.example",
          detail:
            /The QR code in image001\.png holds a link to event-checkin\.example\. Scanning it with a phone/,
          evidence: {
            links: [{ text: "image001.png", destination: "https://event-checkin.example/t/4471" }],
          },
        },
      ],
    },
    {
      name: "a QR code as the message's only link: suspicious",
      ...scanOnly([qr("https://mfa-revalidate.example/m/88")]),
      findings: [{ message: "qr", severity: "suspicious", detail: "no other link" }],
    },
    {
      name: "a QR code in a message claiming a protected brand: suspicious, naming the brand",
      ...body(
        '<a href="https://mailer-hub.net/unsubscribe">Unsubscribe</a>',
        [qr("https://mfa-revalidate.example/")],
        microsoft,
      ),
      findings: [
        { message: "qr", severity: "suspicious", detail: "Microsoft", evidence: { claims: "Microsoft 365" } },
      ],
    },
    {
      name: "a QR code inside a PDF attachment, beside its link actions",
      ...scanOnly([
        pdf("https://docs-share.example/view"),
        qr("https://docs-share.example/m", "Q3 invoice.pdf"),
      ]),
      findings: [{ message: "qr", severity: "caution", detail: "in Q3 invoice.pdf" }],
    },
    {
      name: "a picture without a name, and several codes counted",
      ...scanOnly([qr("https://a-lure.example/", ""), qr("https://b-lure.example/", "")]),
      findings: [
        {
          message: "qr",
          severity: "suspicious",
          detail: /^2 QR codes in the message hold links, the first to a-lure\.example/,
        },
      ],
    },
    {
      name: "a QR code to an IP address is named by its address",
      ...scanOnly([qr("http://203.0.113.9/login")]),
      findings: [{ message: "qr", severity: "suspicious", title: "203.0.113.9" }],
    },
  ],
});
