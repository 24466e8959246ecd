import { exchangeAuth } from "../../../test/support/exchangeMail";
import { ruleTester } from "../../../test/support/ruleTester";
import { senderAuthFailed } from "./sender-auth-failed";

const PASS = { spf: "pass", dkim: "pass", dmarc: "pass", compauth: "pass" };
const FAIL = { spf: "fail", dkim: "none", dmarc: "fail", compauth: "fail", reason: "000" };

ruleTester(senderAuthFailed, {
  valid: [
    { name: "a pass", mail: { from: "news@shop-mail.com", auth: exchangeAuth("shop-mail.com", PASS) } },
    { name: "internal mail without results", mail: { from: "alex@harperforsenate.org", internal: true } },
    { name: "an ordinary domain without results", mail: { from: "news@shop-mail.com" } },
    {
      // The domain's own signature vouches for it, whatever SPF says of a forwarding server.
      name: "an SPF soft fail with a verified signature of the From domain",
      mail: {
        from: "news@shop-mail.com",
        auth: "spf=softfail smtp.mailfrom=shop-mail.com; dkim=pass header.d=shop-mail.com; dmarc=none header.from=shop-mail.com",
      },
    },
  ],
  invalid: [
    {
      // Seen in real phishing: Google Workspace signs with its default gappssmtp.com domain, which
      // vouches for nobody's From address.
      name: "an SPF soft fail whose only verified signature belongs to another domain",
      mail: {
        from: '"Message Service" <donot_reply@accounting-gd.com>',
        auth:
          "spf=softfail (sender IP is 209.85.214.176) smtp.mailfrom=accounting-gd.com; dkim=pass (signature was verified)" +
          " header.d=accounting-gd-com.20230601.gappssmtp.com;dmarc=none action=none header.from=accounting-gd.com;",
      },
      findings: [
        {
          message: "failed",
          severity: "suspicious",
          detail: "no signature (DKIM) of the domain was verified",
        },
      ],
    },
    {
      name: "a DMARC failure from senate.gov",
      mail: { from: "Senate IT <it@senate.gov>", auth: exchangeAuth("senate.gov", FAIL) },
      findings: [
        {
          message: "failed",
          severity: "dangerous",
          title: "Sender authentication failed for senate.gov",
          detail: "the DMARC check for senate.gov failed",
          evidence: {
            dmarc: expect.stringContaining("fail"),
            compauth: expect.stringContaining("reason=000"),
          },
        },
      ],
    },
    {
      name: "a failure for an ordinary domain",
      mail: {
        from: "news@shop-mail.com",
        auth: exchangeAuth("shop-mail.com", { spf: "fail", dkim: "fail", dmarc: "fail", compauth: "fail" }),
      },
      findings: [{ message: "failed", severity: "suspicious" }],
    },
    {
      name: "the receiving server's results, not one the sender wrote lower down",
      mail: {
        from: "Senate IT <it@senate.gov>",
        auth: exchangeAuth("senate.gov", FAIL),
        forged: ["Authentication-Results: mx.senate.gov; dmarc=pass header.from=senate.gov"],
      },
      findings: [{ message: "failed", severity: "dangerous" }],
    },
    {
      name: "a protected sender without any results",
      mail: { from: "it@senate.gov" },
      findings: [{ message: "unconfirmed", severity: "caution" }],
    },
    {
      // A quoted "Anna@Hofer" is a name: the domain comes from the address, never from the name.
      name: "the real From domain, not one written in the display name",
      mail: {
        from: '"Anna@Hofer" <anna@hofer-gmbh.at>',
        auth: exchangeAuth("hofer-gmbh.at", { spf: "fail", dkim: "none", dmarc: "fail", compauth: "fail" }),
      },
      findings: [
        {
          message: "failed",
          severity: "suspicious",
          title: "Sender authentication failed for hofer-gmbh.at",
        },
      ],
    },
    {
      name: "a free Microsoft 365 tenant named by its tenant",
      mail: {
        from: "billing@contoso123.onmicrosoft.com",
        auth: exchangeAuth("contoso123.onmicrosoft.com", {
          spf: "fail",
          dkim: "none",
          dmarc: "fail",
          compauth: "fail",
        }),
      },
      findings: [
        {
          message: "failed",
          severity: "suspicious",
          title: "Sender authentication failed for contoso123.onmicrosoft.com",
          evidence: { fromDomain: "contoso123.onmicrosoft.com" },
        },
      ],
    },
    {
      name: "SPF failure with no DKIM and no DMARC policy",
      mail: { from: "news@shop-mail.com", auth: "spf=fail smtp.mailfrom=shop-mail.com; dkim=none" },
      findings: [{ message: "failed", severity: "suspicious", detail: "(SPF)" }],
    },
  ],
});
