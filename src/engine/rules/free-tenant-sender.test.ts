import { exchangeAuth } from "../../../test/support/exchangeMail";
import { ruleTester } from "../../../test/support/ruleTester";
import { freeTenantSender } from "./free-tenant-sender";

const PASS = { spf: "pass", dkim: "pass", dmarc: "pass", compauth: "pass" };
const tenant = "contoso123.onmicrosoft.com";

ruleTester(freeTenantSender, {
  valid: [
    { name: "an ordinary domain", mail: { from: "a@contoso.com", auth: exchangeAuth("contoso.com", PASS) } },
  ],
  invalid: [
    {
      name: "a tenant alone",
      mail: { from: `a@${tenant}`, auth: exchangeAuth(tenant, PASS) },
      findings: [{ message: "tenant", severity: "caution", title: `(${tenant})` }],
    },
    {
      name: "a tenant whose name claims a protected organisation",
      mail: { from: `DocuSign <sign@${tenant}>`, auth: exchangeAuth(tenant, PASS) },
      findings: [
        {
          message: "tenant-claims-brand",
          severity: "suspicious",
          title: "DocuSign would not write from a free Microsoft 365 tenant",
        },
      ],
    },
    {
      name: "a tenant in the Return-Path only",
      mail: {
        from: "billing@invoices-online.com",
        returnPath: `bounce@${tenant}`,
        auth: exchangeAuth(tenant, PASS),
      },
      findings: [{ message: "tenant", severity: "caution" }],
    },
  ],
});
