/** What the user is told after a report, in Outlook's dialog or the ribbon notice, in en or es. */
import type { Language, Verdict } from "../engine";
import { REPORT_TEXT } from "./reportText";
import type { ReportOutcome } from "./submitReport";

export type AfterReport = "junk" | "delete" | "keep";

/** Maximum length of an Outlook notification message. */
export const NOTICE_MAX = 150;

export function formatDate(epochMs: number, language: Language): string {
  const date = new Date(epochMs);
  try {
    return date.toLocaleDateString(language === "es" ? "es-ES" : "en-US", {
      year: "numeric",
      month: "long",
      day: "numeric",
    });
  } catch {
    return date.toISOString().slice(0, 10);
  }
}

/** How a destination is named to the user: the mailbox, or a webhook's host. */
export function place(destination: string): string {
  if (!/^https?:\/\//i.test(destination)) return destination;
  try {
    return new URL(destination).host;
  } catch {
    return destination;
  }
}

/** "in about 3 minutes", or "the next time you open CampaignGuard" for waits over an hour. */
export function whenText(nextAttemptAt: number, now: number, language: Language): string {
  const t = REPORT_TEXT[language].when;
  const minutes = Math.ceil((nextAttemptAt - now) / 60_000);
  if (minutes <= 1) return t.minutes(1);
  if (minutes <= 60) return t.minutes(minutes);
  return t.nextOpen;
}

export function reasonText(outcome: Extract<ReportOutcome, { reason: unknown }>, language: Language): string {
  const r = REPORT_TEXT[language].reasons;
  const status = "status" in outcome ? outcome.status : undefined;
  switch (outcome.reason) {
    case "timeout":
      return r.timeout;
    case "network":
      return r.offline;
    case "server":
      return status ? r.server(status) : r.timeout;
    case "sign-in":
      return r.signIn;
    default:
      if (status === 403) return r.consent;
      if (status === 413) return r.tooLarge;
      return r.rejected(status ?? 400);
  }
}

/** Whether the message may leave the inbox: only once the report is delivered or safely queued. */
export function mayMove(outcome: ReportOutcome): boolean {
  return outcome.kind === "sent" || outcome.kind === "queued" || outcome.kind === "already";
}

/** The description of Outlook's post-report dialog. */
export function dialogText(
  outcome: ReportOutcome,
  language: Language,
  options: { now: number; verdict?: Verdict; after: AfterReport },
): string {
  const t = REPORT_TEXT[language];
  const d = t.dialog;
  let text: string;
  switch (outcome.kind) {
    case "sent":
      text = d.sent(place(outcome.destination));
      break;
    case "queued":
      text = outcome.needsSignIn
        ? d.needsSignIn(place(outcome.destination))
        : d.queued(place(outcome.destination), whenText(outcome.nextAttemptAt, options.now, language));
      break;
    case "already":
      text = d.already(place(outcome.destination), formatDate(outcome.sentAt, language));
      break;
    case "failed":
      text = d.failed(reasonText(outcome, language));
      break;
    case "composed":
      text = outcome.target ? d.composed(outcome.target) : d.composedNoTarget;
      break;
    case "not-configured":
      text = d.notConfigured;
      break;
    case "misconfigured":
      text = d.misconfigured(t.misconfigured[outcome.missing]);
      break;
  }
  const parts = [text];
  if (options.verdict) parts.push(d.verdictLine(t.verdict[options.verdict]));
  if (mayMove(outcome))
    parts.push(options.after === "junk" ? d.movedJunk : options.after === "delete" ? d.movedDeleted : d.kept);
  return parts.join(" ");
}

/** The one-line notice under the ribbon's Report button. */
export function noticeText(outcome: ReportOutcome, language: Language, now: number): string {
  const n = REPORT_TEXT[language].notice;
  let text: string;
  switch (outcome.kind) {
    case "sent":
      text = n.sent(place(outcome.destination));
      break;
    case "queued":
      text = outcome.needsSignIn ? n.needsSignIn : n.queued(whenText(outcome.nextAttemptAt, now, language));
      break;
    case "already":
      text = n.already(formatDate(outcome.sentAt, language));
      break;
    case "failed":
      text = n.failed;
      break;
    case "composed":
      text = n.composed;
      break;
    case "not-configured":
      text = n.notConfigured;
      break;
    case "misconfigured":
      text = n.misconfigured;
      break;
  }
  return text.length <= NOTICE_MAX ? text : `${text.slice(0, NOTICE_MAX - 1)}…`;
}
