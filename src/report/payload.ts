/**
 * What each delivery mode sends, built from a Report: the Graph sendMail request, the webhook body,
 * and the pre-filled forward. Pure functions; no Office, no network.
 *
 * The original message travels unmodified as message/rfc822 (the EML Outlook exported), alone among
 * attached messages, under a subject that starts with "Phishing:", so that Microsoft Defender's
 * user-reported-message flow accepts the report from a third-party reporting tool.
 */
import type { Language } from "../engine";
import { utf8ToBase64 } from "../engine/text/encoding";
import { fnv1a64, reportToJson, type Report } from "./buildReport";
import { OPTION_KEYS, REPORT_TEXT } from "./reportText";

export const EML_NAME = "reported-message.eml";
export const ANALYSIS_NAME = "campaignguard-analysis.json";
/** Header on the Graph message and the webhook request naming the report (the same on every retry). */
export const REPORT_ID_HEADER = "X-CampaignGuard-Report-Id";
/** displayNewMessageForm accepts at most 32 KB of HTML body. */
export const COMPOSE_HTML_MAX = 32_000;

/**
 * The idempotency key of a report: the same for every attempt to deliver it, from any device, and
 * different for different messages. Derived from the report key (the Internet Message-ID), hashed so
 * that it is plain ASCII of fixed length.
 */
export function idempotencyKey(reportKey: string): string {
  // Two independent 64-bit hashes: 128 bits, so distinct messages never share a key in practice.
  return `cg1-${fnv1a64(reportKey)}${fnv1a64(`${reportKey}\u0000campaignguard`)}`;
}

/** Subject of the report message: Defender's "Phishing:" prefix and the original subject. */
export function reportSubject(report: Report): string {
  const subject = report.subject.replace(/[\r\n]+/g, " ").trim();
  return `Phishing: ${subject || "(no subject)"}`.slice(0, 255);
}

/** The labels of the options the reporter ticked, in the reader's language. */
export function tickedOptions(report: Report, language: Language): string[] {
  const labels = REPORT_TEXT[language].options;
  return report.userOptions.flatMap((ticked, i) => {
    const key = OPTION_KEYS[i];
    return ticked && key ? [labels[key]] : [];
  });
}

/** A plain-text summary for the security team. */
export function reportSummary(report: Report, language: Language): string {
  const t = REPORT_TEXT[language].mail;
  const lines = [t.intro(report.reporter ?? t.someone), ""];
  lines.push(`${t.subject}: ${report.subject}`);
  if (report.from) {
    const name = report.from.name ? `${report.from.name} ` : "";
    lines.push(`${t.from}: ${name}<${report.from.address}>`);
  }
  if (report.internetMessageId) lines.push(`${t.messageId}: ${report.internetMessageId}`);
  if (report.mailboxOwner) lines.push(`${t.sharedMailbox}: ${report.mailboxOwner}`);
  lines.push(`${t.verdict}: ${REPORT_TEXT[language].verdict[report.verdict]}`);
  lines.push(`${t.findings}:`);
  if (report.findings.length === 0) lines.push(`  ${t.noFindings}`);
  for (const f of report.findings) lines.push(`  - [${f.severity}] ${f.title}`);
  if (report.incomplete.length > 0) {
    lines.push(`${t.incomplete}:`);
    for (const i of report.incomplete) lines.push(`  - ${i.reason}`);
  }
  const ticked = tickedOptions(report, language);
  if (ticked.length > 0) lines.push(`${t.ticked}: ${ticked.join("; ")}`);
  if (report.userComment) lines.push(`${t.comment}: ${report.userComment}`);
  lines.push("");
  lines.push(report.eml ? t.attached : t.notAttached(report.emlUnavailableReason ?? "?"));
  return lines.join("\n");
}

export interface GraphRecipient {
  emailAddress: { address: string };
}

export interface GraphFileAttachment {
  "@odata.type": "#microsoft.graph.fileAttachment";
  name: string;
  contentType: string;
  contentBytes: string;
}

export interface GraphSendMail {
  message: {
    subject: string;
    body: { contentType: "Text"; content: string };
    toRecipients: GraphRecipient[];
    attachments: GraphFileAttachment[];
    internetMessageHeaders: { name: string; value: string }[];
  };
  saveToSentItems: boolean;
}

/** The body of `POST /me/sendMail`: the summary, the EML as message/rfc822, the analysis as JSON. */
export function graphSendMail(report: Report, target: string, language: Language): GraphSendMail {
  const attachments: GraphFileAttachment[] = [];
  if (report.eml) {
    attachments.push({
      "@odata.type": "#microsoft.graph.fileAttachment",
      name: EML_NAME,
      contentType: "message/rfc822",
      contentBytes: report.eml.base64,
    });
  }
  attachments.push({
    "@odata.type": "#microsoft.graph.fileAttachment",
    name: ANALYSIS_NAME,
    contentType: "application/json",
    contentBytes: utf8ToBase64(reportToJson(report)),
  });
  return {
    message: {
      subject: reportSubject(report),
      body: { contentType: "Text", content: reportSummary(report, language) },
      toRecipients: [{ emailAddress: { address: target } }],
      attachments,
      internetMessageHeaders: [{ name: REPORT_ID_HEADER, value: idempotencyKey(report.key) }],
    },
    // The reporter's Sent Items would hold a second copy of the phishing message.
    saveToSentItems: false,
  };
}

export interface WebhookBody {
  format: "campaignguard-webhook/1";
  /** The idempotency key, also sent as the Idempotency-Key header. */
  id: string;
  /** The original message as Base64 EML, unmodified; null when Outlook could not export it. */
  eml: string | null;
  emlUnavailableReason: string | null;
  /** CampaignGuard's analysis: the report's JSON document (format campaignguard-report/1). */
  analysis: unknown;
  /** The reporter's ticks in Outlook's Report dialog, by name, and the free text. */
  options: { ticked: string[]; values: boolean[]; comment: string | null };
  reporter: { address: string | null; mailboxOwner: string | null };
}

export function webhookBody(report: Report): WebhookBody {
  return {
    format: "campaignguard-webhook/1",
    id: idempotencyKey(report.key),
    eml: report.eml ? report.eml.base64 : null,
    emlUnavailableReason: report.eml ? null : (report.emlUnavailableReason ?? null),
    analysis: JSON.parse(reportToJson(report)) as unknown,
    options: {
      ticked: report.userOptions.flatMap((ticked, i) => (ticked && OPTION_KEYS[i] ? [OPTION_KEYS[i]] : [])),
      values: report.userOptions.slice(),
      comment: report.userComment,
    },
    reporter: { address: report.reporter, mailboxOwner: report.mailboxOwner },
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface ComposeForm {
  toRecipients: string[];
  subject: string;
  htmlBody: string;
  attachments: { type: "item"; itemId: string; name: string }[];
}

/**
 * displayNewMessageForm's parameters: a forward to the security mailbox with the open item attached.
 * The form cannot attach the analysis as a file, so the summary (and the JSON while it fits) is the body.
 */
export function composeForm(
  report: Report,
  target: string | null,
  itemId: string | null,
  language: Language,
): ComposeForm {
  const t = REPORT_TEXT[language].mail;
  const summary = reportSummary(report, language).split("\n").slice(0, -1).join("\n");
  const head = `<p>${escapeHtml(summary).replace(/\n/g, "<br>")}</p><p>${escapeHtml(itemId ? t.composeAttached : t.notAttached(report.emlUnavailableReason ?? "?"))}</p>`;
  const json = `<pre>${escapeHtml(reportToJson(report))}</pre>`;
  const htmlBody =
    head.length + json.length <= COMPOSE_HTML_MAX ? head + json : head.slice(0, COMPOSE_HTML_MAX);
  return {
    toRecipients: target ? [target] : [],
    subject: reportSubject(report),
    htmlBody,
    attachments: itemId ? [{ type: "item", itemId, name: EML_NAME.replace(/\.eml$/, "") }] : [],
  };
}
