/**
 * A fake message carrying XSS payloads in every field a face may show: subject (raw and RFC
 * 2047-encoded), display names and addresses, attachment names, link texts and hrefs, header values
 * (Received, Authentication-Results, X- headers) and the HTML and text bodies.
 */
import { MESSAGES, type FakeMessage } from "../../src/office/testing/messages";
import { encodedWord } from "./xssPayloads";

const escapeHtml = (s: string) =>
  s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

function headerBlock(payloads: readonly string[], contentType: string): string {
  const lines = [
    ...payloads.map(
      (p, i) =>
        `Received: from ${p} (${p} [203.0.113.${i % 250}]) by mx.campaign.example with ESMTPS id ${p}; Thu, 03 Dec 2026 10:00:00 +0000`,
    ),
    ...payloads.map(
      (p) =>
        `Authentication-Results: mx.campaign.example; spf=fail smtp.mailfrom="${p}"; dkim=fail header.d=${p}; dmarc=fail header.from=${p}`,
    ),
    ...payloads.map((p) => `X-Payload: ${p}`),
    `From: ${encodedWord(payloads[0])} <attacker@evil.example>`,
    `Reply-To: ${payloads.map((p, i) => `${encodedWord(p)} <reply${i}@evil.example>`).join(", ")}`,
    `To: ${payloads.map((p, i) => `${encodedWord(p)} <r${i}@campaign.example>`).join(", ")}`,
    `Subject: ${payloads.map(encodedWord).join(" ")} ${payloads.join(" ")}`,
    "Date: Thu, 03 Dec 2026 10:00:00 +0000",
    "Message-ID: <xss-0001@evil.example>",
    "MIME-Version: 1.0",
    `Content-Type: ${contentType}`,
  ];
  return `${lines.join("\r\n")}\r\n`;
}

function html(payloads: readonly string[]): string {
  return [
    "<html><body>",
    ...payloads.map((p, i) => `<p><a href="https://docs.evil.example/${i}">${escapeHtml(p)}</a></p>`),
    ...payloads.map((p) => `<p><a href="${escapeHtml(p)}">Open the document</a></p>`),
    ...payloads.map((p) => `<div>${p}</div>`),
    "</body></html>",
  ].join("\r\n");
}

/** The fake Outlook host's message, every field replaced by payloads. */
export function xssFakeMessage(payloads: readonly string[]): FakeMessage {
  const base = MESSAGES["github-notification"];
  return {
    ...base,
    subject: payloads.join(" "),
    from: { displayName: payloads[0], emailAddress: "attacker@evil.example" },
    sender: { displayName: payloads[1 % payloads.length], emailAddress: "attacker@evil.example" },
    to: payloads.map((p, i) => ({ displayName: p, emailAddress: `r${i}@campaign.example` })),
    cc: payloads.map((p) => ({ displayName: "", emailAddress: `${p}@evil.example` })),
    headers: headerBlock(payloads, `multipart/alternative; boundary="${base.boundary}"`),
    text: payloads.join("\n"),
    html: html(payloads),
    attachments: payloads.map((p, i) => ({
      id: `xss-${i}`,
      name: p,
      contentType: "application/octet-stream",
      size: 1024,
      isInline: false,
    })),
  };
}

/** The same payloads as an .eml for the standalone page: headers, HTML body and attachment names. */
export function xssEml(payloads: readonly string[]): string {
  const attachment = (p: string) =>
    [
      `--mix`,
      `Content-Type: application/octet-stream; name="${encodedWord(p)}"`,
      `Content-Disposition: attachment; filename="${encodedWord(p)}"`,
      "Content-Transfer-Encoding: base64",
      "",
      "AAAAAAAAAAAAAAAAAAAAAA==",
    ].join("\r\n");
  return [
    headerBlock(payloads, 'multipart/mixed; boundary="mix"'),
    "--mix",
    "Content-Type: text/html; charset=utf-8",
    "",
    html(payloads),
    ...payloads.map(attachment),
    "--mix--",
    "",
  ].join("\r\n");
}
