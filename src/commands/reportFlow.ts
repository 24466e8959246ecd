/**
 * One report flow for both entry points (ribbon "Report" button and Outlook's own Report button):
 * read the message, analyse it, export the EML, build the report. Delivery is not part of it yet.
 */
import { analyze, type Analysis, type MessageSnapshot, type Verdict } from "../engine";
import type { Config } from "../config/configSchema";
import { DEFAULT_CONFIG } from "../config/defaults";
import { contextFor } from "../config/engineContext";
import { readEml } from "../office/readEml";
import {
  readItemContext,
  readSnapshot,
  type ItemContext,
  type ReadItem,
  type Requirements,
} from "../office/readSnapshot";
import { buildReport, type Report } from "../report/buildReport";

/** What the flow needs from its host; built from `Office` in commands.ts, by hand in tests. */
export interface FlowEnv {
  item: ReadItem | null | undefined;
  requirements: Requirements;
  /** The reporting user's address. */
  reporter?: string;
  loadConfig(): Promise<Config>;
  now(): Date;
  /** Per Office call; default 15 s. */
  timeoutMs?: number;
}

/** What the user said in Outlook's Report dialog. */
export interface UserInput {
  options?: boolean[];
  freeText?: string;
}

export interface PreparedReport {
  report: Report;
  snapshot: MessageSnapshot;
  analysis: Analysis;
  itemContext: ItemContext;
}

export async function prepareReport(env: FlowEnv, user: UserInput = {}): Promise<PreparedReport> {
  const item = env.item;
  if (!item) throw new Error("No message is open.");
  const options = { timeoutMs: env.timeoutMs };
  const [snapshot, itemContext, config] = await Promise.all([
    readSnapshot(item, env.requirements, options),
    readItemContext(item, options),
    env.loadConfig().catch(() => DEFAULT_CONFIG),
  ]);
  // After the snapshot, so that at most three Office calls run at once.
  const eml = await readEml(item, env.requirements, options);
  const now = env.now();
  const analysis = analyze(snapshot, contextFor(config, undefined, now));
  const report = buildReport({
    snapshot,
    analysis,
    now,
    emlBase64: "base64" in eml ? eml.base64 : undefined,
    emlUnavailableReason: "unavailable" in eml ? eml.unavailable : undefined,
    userOptions: user.options,
    userComment: user.freeText,
    reporter: env.reporter,
    mailboxOwner: itemContext.owner,
  });
  return { report, snapshot, analysis, itemContext };
}

// ---------------------------------------------------------------------------------------------
// What the user is told. Honest: nothing is delivered yet, and the message is not moved.
// ---------------------------------------------------------------------------------------------

const VERDICT_PHRASE: Record<Verdict, string> = {
  ok: "no warning signs found",
  caution: "be careful with this message",
  suspicious: "this message looks suspicious",
  dangerous: "dangerous, likely phishing",
};

function signs(count: number): string {
  return count === 1 ? "1 warning sign" : `${count} warning signs`;
}

function verdictLine(report: Report): string {
  const phrase = VERDICT_PHRASE[report.verdict];
  const head = phrase.charAt(0).toUpperCase() + phrase.slice(1);
  return report.findings.length > 0 ? `${head} (${signs(report.findings.length)})` : head;
}

export const DIALOG_TITLE = "CampaignGuard";

/** Text of the dialog Outlook shows after its own Report button. */
export function spamDialogText(outcome: { report: Report } | { error: unknown }): string {
  if ("error" in outcome) {
    return (
      `CampaignGuard could not prepare a report (${reason(outcome.error)}). ` +
      "Nothing was sent and the message was not moved. Please tell your security contact about it."
    );
  }
  const { report } = outcome;
  const parts = [`CampaignGuard's verdict: ${verdictLine(report)}.`];
  if (report.incomplete.length > 0)
    parts.push("Some checks could not be done, so problems may have been missed.");
  parts.push(
    report.eml
      ? "A report with a copy of the message was prepared,"
      : "A report was prepared (without a copy of the message),",
  );
  parts.push(
    "but sending reports to your security team is not set up yet, so nothing was sent. The message was not moved.",
  );
  return parts.join(" ");
}

/** Maximum length of an Outlook notification message. */
export const NOTICE_MAX = 150;

/** The one-line notice under the ribbon button's message (at most 150 characters). */
export function ribbonNotice(outcome: { report: Report } | { error: unknown }): string {
  const text =
    "error" in outcome
      ? "CampaignGuard could not prepare a report for this message. Nothing was sent. Please tell your security contact."
      : `CampaignGuard: ${VERDICT_PHRASE[outcome.report.verdict]}${
          outcome.report.incomplete.length > 0 ? " (some checks could not run)" : ""
        }. Report prepared, but sending it isn't set up yet: nothing was sent.`;
  return text.length <= NOTICE_MAX ? text : `${text.slice(0, NOTICE_MAX - 1)}…`;
}

function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/[.\s]+$/, "") || "unknown error";
}
