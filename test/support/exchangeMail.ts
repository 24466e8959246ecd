/**
 * Realistic header blocks as Exchange Online and Gmail write them, for sender-rule tests. The
 * topmost Authentication-Results is what the receiving server added; the test chooses its results.
 */
export interface MailOptions {
  from: string;
  replyTo?: string;
  returnPath?: string;
  sender?: string;
  /** The value of the receiving server's Authentication-Results header. */
  auth?: string;
  /** Extra headers placed below the receiving hop (what a sender could have written itself). */
  forged?: string[];
  internal?: boolean;
  subject?: string;
}

export function exchangeMessage(o: MailOptions): string {
  const mailFrom = (o.returnPath ?? o.from).replace(/^.*<|>.*$/g, "");
  const lines = [
    "Received: from MW4PR11MB6620.namprd11.prod.outlook.com (2603:10b6:303:1e8::9) by",
    " PH0PR11MB5642.namprd11.prod.outlook.com with HTTPS; Thu, 20 Nov 2025",
    " 18:09:46 +0000",
    ...(o.auth ? [`Authentication-Results: ${o.auth}`] : []),
    "Received: from mail.sender.example (203.0.113.7) by",
    " SN1PEPF0002BA4F.mail.protection.outlook.com (10.167.242.72) with Microsoft",
    " SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id",
    " 15.20.9343.9 via Frontend Transport; Thu, 20 Nov 2025 18:09:44 +0000",
    ...(o.forged ?? []),
    `Return-Path: <${mailFrom}>`,
    `From: ${o.from}`,
    ...(o.sender ? [`Sender: ${o.sender}`] : []),
    ...(o.replyTo ? [`Reply-To: ${o.replyTo}`] : []),
    "To: Dana Whitfield <dana@harperforsenate.org>",
    `Subject: ${o.subject ?? "Action required: verify your account"}`,
    "Date: Thu, 20 Nov 2025 18:09:44 +0000",
    "Message-ID: <1763662184015.48213@sender.example>",
    ...(o.internal
      ? ["X-MS-Exchange-Organization-AuthAs: Internal"]
      : ["X-MS-Exchange-Organization-AuthAs: Anonymous"]),
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "",
    "Please sign in to keep your account.",
    "",
  ];
  return lines.join("\r\n");
}

/** Exchange Online's Authentication-Results for a From domain, each method's result chosen. */
export function exchangeAuth(
  domain: string,
  r: { spf: string; dkim: string; dmarc: string; compauth: string; reason?: string },
): string {
  return (
    `spf=${r.spf} (sender IP is 203.0.113.7) smtp.mailfrom=${domain}; dkim=${r.dkim} (signature was verified)` +
    ` header.d=${domain};dmarc=${r.dmarc} action=${r.dmarc === "fail" ? "oreject" : "none"} header.from=${domain};` +
    `compauth=${r.compauth} reason=${r.reason ?? (r.compauth === "pass" ? "100" : "000")}`
  );
}
