import { exchangeAuth } from "../../../test/support/exchangeMail";
import { ruleTester } from "../../../test/support/ruleTester";
import { brandImpersonation } from "./brand-impersonation";

const PASS = { spf: "pass", dkim: "pass", dmarc: "pass", compauth: "pass" };
const mail = (from: string, domain: string, subject?: string) => ({
  mail: { from, auth: exchangeAuth(domain, PASS), ...(subject ? { subject } : {}) },
});
const html = (from: string, body: string, subject = "Notice") => ({
  message: {
    from: { name: from.split("<")[0].trim(), address: from.replace(/^.*<|>$/g, "") },
    subject,
    bodyHtml: body,
  },
});

ruleTester(brandImpersonation, {
  valid: [
    {
      name: "Microsoft from its own domain",
      ...mail(
        "Microsoft account team <account-security-noreply@accountprotection.microsoft.com>",
        "microsoft.com",
      ),
    },
    { name: "PayPal from paypal.co.uk", ...mail("PayPal <service@paypal.co.uk>", "paypal.co.uk") },
    {
      name: "DocuSign's 'via' mail",
      ...mail('"Jane Doe via Docusign" <dse_NA3@docusign.net>', "docusign.net"),
    },
    // The protected list knows Microsoft: display-name-impersonation names it, once.
    {
      name: "a protected organisation's name",
      ...mail("Microsoft account team <no-reply@secure-alerts7.top>", "secure-alerts7.top"),
    },
    {
      name: "a person called Paul Mc Auley (Mc is not RNC)",
      ...mail("Paul Mc Auley <pmcauley@iol.ie>", "iol.ie"),
    },
    {
      name: "Apple as part of another name",
      ...mail("Apple Valley Farm <news@applevalleyfarm.com>", "applevalleyfarm.com"),
    },
    {
      name: "a newsletter about the economic outlook",
      ...mail("Economic Outlook Weekly <news@econ-weekly.com>", "econ-weekly.com"),
    },
    {
      name: "a notice whose every link is the brand's own",
      ...html(
        "Microsoft 365 <alerts@partner-reseller.com>",
        `<a href="https://portal.office.com/adminportal">Open the admin centre</a>`,
      ),
    },
    {
      name: "a subject naming a brand, from the brand",
      ...mail("Notifications <no-reply@amazon.com>", "amazon.com", "Your Amazon order has shipped"),
    },
  ],
  invalid: [
    {
      name: "Netflix's name from a random .top domain",
      ...mail("Netflix Billing <no-reply@secure-alerts7.top>", "secure-alerts7.top"),
      findings: [
        {
          message: "name",
          severity: "suspicious",
          title: "The sender's name says Netflix, but the mail does not come from Netflix",
          detail: "yet the message comes from secure-alerts7.top; Netflix writes from netflix.com",
          evidence: { claims: "Netflix", matchedName: "Netflix" },
        },
      ],
    },
    {
      name: "look-alike letters in the name (Micr0soft 365)",
      ...mail("Micr0soft 365 <admin@mail-service.net>", "mail-service.net"),
      findings: [{ message: "name", evidence: { claims: "Microsoft", matchedName: "Microsoft 365" } }],
    },
    {
      name: "math letters in the name",
      ...mail("𝗣𝗮𝘆𝗣𝗮𝗹 <info@kundenservice-center.de>", "kundenservice-center.de"),
      findings: [{ message: "name", evidence: { claims: "PayPal" } }],
    },
    {
      name: "a capital I posing as an l (PaypaI)",
      ...mail("PaypaI Security <info@alerts-center.com>", "alerts-center.com"),
      findings: [{ message: "name", evidence: { claims: "PayPal" } }],
    },
    {
      name: "spaced letters (D H L)",
      ...mail("D H L Express <noreply@track-parcel.info>", "track-parcel.info"),
      findings: [{ message: "name", evidence: { claims: "DHL" } }],
    },
    {
      name: "a brand glued into a word",
      ...mail("SecurePayPalTeam <x@notify-me.net>", "notify-me.net"),
      findings: [{ message: "name", evidence: { claims: "PayPal" } }],
    },
    {
      name: "a plain-word brand with a service word (Apple Support)",
      ...mail("Apple Support <support@id-verify.net>", "id-verify.net"),
      findings: [{ message: "name", evidence: { claims: "Apple" } }],
    },
    {
      name: "a brand's name from free mail",
      ...mail("Netflix <netflix.billing.team@gmail.com>", "gmail.com"),
      findings: [{ message: "name", detail: "gmail.com" }],
    },
    {
      name: "Correios in Portuguese, with a Spanish reader",
      ...mail("Correios Brasil <rastreio@encomendas-br.shop>", "encomendas-br.shop"),
      settings: { language: "es" },
      findings: [
        {
          message: "name",
          title: "El nombre del remitente dice Correios, pero el correo no viene de Correios",
        },
      ],
    },
    {
      name: "a brand in the subject only, as a booster",
      ...mail("Notice <info@random-notices.com>", "random-notices.com", "Your DHL parcel is on hold"),
      findings: [{ message: "subject", severity: "caution", evidence: { claims: "DHL" } }],
    },
  ],
});
