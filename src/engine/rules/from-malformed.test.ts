import { exchangeAuth } from "../../../test/support/exchangeMail";
import { ruleTester } from "../../../test/support/ruleTester";
import { fromMalformed } from "./from-malformed";

const PASS = { spf: "pass", dkim: "pass", dmarc: "pass", compauth: "pass" };
const mail = (from: string) => ({ mail: { from, auth: exchangeAuth("sender-mail.com", PASS) } });

ruleTester(fromMalformed, {
  valid: [
    { name: "a quoted name and an address", ...mail('"Microsoft account team" <x@sender-mail.com>') },
    { name: "a bare address", ...mail("x@sender-mail.com") },
    { name: "a name with a comma, quoted", ...mail('"Doe, Jane" <jane@sender-mail.com>') },
    { name: "an address with a comment", ...mail("jane@sender-mail.com (Jane Doe)") },
    { name: "an encoded name", ...mail("=?utf-8?Q?Jos=C3=A9?= <jose@sender-mail.com>") },
    {
      name: "no headers: what Outlook gave",
      message: { from: { name: "Jane", address: "jane@sender-mail.com" } },
    },
  ],
  invalid: [
    {
      name: "an unquoted comma and junk before the address",
      ...mail("Microsoft account team ,_<x@sender-mail.com>"),
      findings: [
        {
          message: "malformed",
          detail: /a comma that splits the sender .* shows is x@sender-mail\.com/,
          evidence: {
            fromLine: "Microsoft account team ,_<x@sender-mail.com>",
            address: "x@sender-mail.com",
            problems: ["several-addresses"],
          },
        },
      ],
    },
    {
      name: "a brand, a comma and a name",
      ...mail("Brand, xyz <a@sender-mail.com>"),
      findings: [{ message: "malformed", evidence: { address: "a@sender-mail.com" } }],
    },
    {
      name: "the same name quoted twice",
      ...mail('"Brand", "Brand", <a@sender-mail.com>'),
      findings: [
        { message: "malformed", evidence: { address: "a@sender-mail.com", problems: ["several-addresses"] } },
      ],
    },
    {
      name: "the address inside a comment",
      ...mail("Name (<a@sender-mail.com>)"),
      findings: [
        {
          message: "malformed",
          evidence: { address: "a@sender-mail.com", problems: ["address-in-comment"] },
        },
      ],
    },
    {
      name: "the null address",
      ...mail('"Facebook" <>'),
      findings: [
        {
          message: "malformed",
          detail: "cannot be checked",
          evidence: { address: null, problems: ["empty-address"] },
        },
      ],
    },
    {
      name: "an unterminated quote that swallows the address",
      ...mail('"PayPal Security <service@paypa1.com>'),
      findings: [
        {
          message: "malformed",
          evidence: { address: "service@paypa1.com", problems: ["unterminated-quote"] },
        },
      ],
    },
    {
      name: "a missing closing bracket",
      ...mail("PayPal Security <service@paypa1.com"),
      findings: [
        {
          message: "malformed",
          evidence: { address: "service@paypa1.com", problems: ["unterminated-angle"] },
        },
      ],
    },
    {
      name: "a name and no address",
      ...mail('"Anna@Hofer"'),
      findings: [{ message: "malformed", evidence: { address: null, problems: ["no-address"] } }],
    },
    {
      name: "a comma for the dot",
      ...mail("Omaha Steaks Kit <crew@morningbrew,com>"),
      findings: [{ message: "malformed", evidence: { address: null, problems: ["invalid-address"] } }],
    },
    {
      name: "a domain with no ending",
      ...mail("Anna <anna@hofer>"),
      findings: [{ message: "malformed", evidence: { problems: ["invalid-domain"] } }],
    },
    {
      name: "two From lines",
      eml: "From: a@sender-mail.com\r\nFrom: Bank <b@bank-mail.com>\r\nTo: c@harperforsenate.org\r\nSubject: x\r\n\r\nBody\r\n",
      findings: [{ message: "malformed", evidence: { problems: ["several-from-fields"] } }],
    },
  ],
});
