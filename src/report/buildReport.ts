/**
 * A report of one message for the security team: who reported what, CampaignGuard's verdict and
 * findings, and the original message as EML. Building only; delivery (Graph, webhook, forward) and the
 * outbox are separate. Runs in the classic-Outlook JavaScript-only runtime, so it avoids TextEncoder,
 * atob, BigInt and crypto.
 */
import type { Analysis, Finding, Incomplete, Mailbox, MessageSnapshot, Verdict } from "../engine";
import { utf8Encode } from "../engine/text/encoding";
import { trimLeading, trimTrailing } from "../engine/words/trimRuns";

export interface ReportEml {
  /** The message as Base64-encoded EML (what getAsFileAsync returns), whitespace removed. */
  base64: string;
  /** Decoded size in bytes. */
  bytes: number;
}

export interface Report {
  /** Deduplication key for the outbox: the same message is never reported twice. */
  key: string;
  internetMessageId: string | null;
  subject: string;
  from: Mailbox | null;
  /** ISO-8601. */
  reportedAt: string;
  /** The reporting user's address, when known. */
  reporter: string | null;
  /** Set when the message sits in a shared folder or shared mailbox: whose mailbox it is. */
  mailboxOwner: string | null;
  verdict: Verdict;
  findings: Finding[];
  incomplete: Incomplete[];
  /** The user's ticks in Outlook's Report dialog, in manifest order; empty from the ribbon button. */
  userOptions: boolean[];
  userComment: string | null;
  eml: ReportEml | null;
  /** Why `eml` is null, in words for the security team. */
  emlUnavailableReason?: string;
}

export interface BuildReportInput {
  snapshot: MessageSnapshot;
  analysis: Analysis;
  now: Date;
  emlBase64?: string;
  /** Why there is no EML (old client, getAsFileAsync failed); used when `emlBase64` is absent. */
  emlUnavailableReason?: string;
  userOptions?: boolean[];
  userComment?: string;
  reporter?: string;
  /** From readItemContext(): the mailbox owner when the item is in a shared folder or mailbox. */
  mailboxOwner?: string;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Validates Base64 and returns the decoded length, or an error in words. */
export function base64Size(base64: string): { bytes: number; clean: string } | { error: string } {
  const clean = base64.replace(/\s+/g, "");
  if (clean === "") return { error: "Outlook returned an empty message file." };
  if (clean.length % 4 !== 0 || !BASE64.test(clean)) {
    return { error: "Outlook returned a message file that is not valid Base64." };
  }
  const padding = clean.endsWith("==") ? 2 : clean.endsWith("=") ? 1 : 0;
  return { bytes: (clean.length / 4) * 3 - padding, clean };
}

/**
 * 64-bit FNV-1a of the UTF-8 bytes, as 16 hex digits. Computed in four 16-bit limbs (low first) so it
 * needs neither BigInt nor crypto.
 */
export function fnv1a64(text: string): string {
  // offset basis 0xcbf29ce484222325
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (const byte of utf8Encode(text)) {
    h0 ^= byte;
    // h *= 0x100000001b3 (= 2^40 + 0x1b3), modulo 2^64
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + (t1 >>> 16) + ((h0 << 8) & 0xffff);
    const t3 = h3 * 0x1b3 + (t2 >>> 16) + (((h0 >>> 8) | (h1 << 8)) & 0xffff);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  const hex = (n: number) => (n + 0x10000).toString(16).slice(1);
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}

/**
 * The key the outbox deduplicates on: the Internet Message-ID (angle brackets and surrounding space
 * removed), or, for a message without one, a hash of sender, subject and date.
 */
export function reportKey(
  snapshot: Pick<MessageSnapshot, "internetMessageId" | "from" | "subject" | "receivedAt">,
): string {
  const id = trimTrailing(
    trimLeading((snapshot.internetMessageId ?? "").trim(), (ch) => ch === "<"),
    (ch) => ch === ">",
  ).trim();
  if (id !== "") return `mid:${id}`;
  const from = (snapshot.from?.address ?? "").trim().toLowerCase();
  return `hash:${fnv1a64([from, snapshot.subject ?? "", snapshot.receivedAt ?? ""].join("\n"))}`;
}

function nonEmpty(value: string | undefined): string | null {
  const trimmed = (value ?? "").trim();
  return trimmed === "" ? null : trimmed;
}

/** Builds the report. Pure: the clock comes in as `now`. */
export function buildReport(input: BuildReportInput): Report {
  const { snapshot, analysis } = input;
  let eml: ReportEml | null = null;
  let emlUnavailableReason: string | undefined;
  if (input.emlBase64 !== undefined) {
    const size = base64Size(input.emlBase64);
    if ("error" in size) emlUnavailableReason = size.error;
    else eml = { base64: size.clean, bytes: size.bytes };
  } else {
    emlUnavailableReason = nonEmpty(input.emlUnavailableReason) ?? "The message file was not available.";
  }
  const report: Report = {
    key: reportKey(snapshot),
    internetMessageId: nonEmpty(snapshot.internetMessageId),
    subject: snapshot.subject,
    from: snapshot.from ? { ...snapshot.from } : null,
    reportedAt: input.now.toISOString(),
    reporter: nonEmpty(input.reporter),
    mailboxOwner: nonEmpty(input.mailboxOwner),
    verdict: analysis.verdict,
    findings: analysis.findings,
    incomplete: analysis.incomplete,
    userOptions: Array.isArray(input.userOptions) ? input.userOptions.map((o) => o === true) : [],
    userComment: nonEmpty(input.userComment),
    eml,
  };
  if (emlUnavailableReason !== undefined) report.emlUnavailableReason = emlUnavailableReason;
  return report;
}

/** Format marker of the JSON attachment, so a security team's tooling can recognise it. */
export const REPORT_FORMAT = "campaignguard-report/1";

/**
 * The JSON document attached to the report: everything except the EML bytes, which travel as their
 * own attachment. Stable key order, two-space indentation.
 */
export function reportToJson(report: Report): string {
  const { eml, emlUnavailableReason, ...rest } = report;
  return JSON.stringify(
    {
      format: REPORT_FORMAT,
      ...rest,
      eml: eml
        ? { attached: true, bytes: eml.bytes }
        : { attached: false, reason: emlUnavailableReason ?? null },
    },
    null,
    2,
  );
}
