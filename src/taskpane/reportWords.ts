/** What the pane says about a report outcome, in the pane's language. */
import type { Language } from "../engine";
import { formatDate, place, reasonText, whenText } from "../report/outcomeText";
import { REPORT_TEXT } from "../report/reportText";
import type { ReportOutcome } from "../report/submitReport";
import type { Strings } from "./i18n";

export function outcomeWords(
  outcome: ReportOutcome,
  strings: Strings["report"],
  language: Language,
  now: number,
): string {
  switch (outcome.kind) {
    case "sent":
      return strings.sent(place(outcome.destination));
    case "queued":
      return outcome.needsSignIn
        ? strings.needsSignIn(place(outcome.destination))
        : strings.queued(place(outcome.destination), whenText(outcome.nextAttemptAt, now, language));
    case "already":
      return strings.already(place(outcome.destination), formatDate(outcome.sentAt, language));
    case "failed":
      return strings.failed(reasonText(outcome, language));
    case "composed":
      return outcome.target ? strings.composed(outcome.target) : strings.composedNoTarget;
    case "not-configured":
      return strings.notConfigured;
    case "misconfigured":
      return strings.misconfigured(REPORT_TEXT[language].misconfigured[outcome.missing]);
  }
}
