/**
 * The commands bundle: the ribbon "Report" button (onReportMessage) and Outlook's own Report button
 * (onSpamReport, ReportPhishingCommandSurface). Both run one flow — prepare the report, deliver it as
 * configured (src/report/submitReport), retry what waits in the outbox — and ALWAYS call
 * `event.completed` exactly once, on success and on any failure; without it Outlook waits five minutes
 * and then shows a timeout. Nothing here ever shows a sign-in window: a report that needs one waits in
 * the outbox for the pane.
 *
 * Two entries run these handlers. classicRuntime.ts (commands.js, self-contained) is what classic
 * Outlook on Windows runs in a JavaScript-only runtime: no DOM, no imports at run time, and
 * `Office.onReady` callbacks do not run there, so nothing here waits for it. webRuntime.ts
 * (commands-web.js) is what commands.html loads in Outlook on the web, new Outlook on Windows and Mac;
 * it loads MSAL and the IDNA tables only when needed.
 */
import type { Configuration, IPublicClientApplication } from "@azure/msal-browser";
import type { Config } from "../config/configSchema";
import type { Feed } from "../feed/feedSchema";
import type { FeedSettings } from "../feed/refresh/lastGoodFeed";
import { DEFAULT_CONFIG } from "../config/defaults";
import type { Language } from "../engine";
import { officeCall, TimeoutError, withTimeout } from "../office/officeCall";
import type { ReadItem, Requirements } from "../office/readSnapshot";
import type { FetchLike } from "../report/deliver";
import { graphTokens, type OfficeForAuth } from "../report/graphAuth";
import { dialogText, mayMove, noticeText, type AfterReport } from "../report/outcomeText";
import { Outbox } from "../report/outbox";
import { defaultOutboxStore } from "../report/outboxStores";
import { REPORT_TEXT, reportLanguage } from "../report/reportText";
import { deliverEntry, submitReport, type ReportOutcome, type SubmitEnv } from "../report/submitReport";
import { addinBaseUrl } from "./baseUrl";
import { loadCommandConfig } from "./commandConfig";
import { prepareReport, type FlowEnv, type PreparedReport, type UserInput } from "./reportFlow";
import { isSpace, trimTrailing } from "../engine/words/trimRuns";
import type { Tr46 } from "../config/tr46OnDemand";

/**
 * Whole-flow deadline, inside Outlook's five minutes: the message export alone may take up to
 * EML_TIMEOUT_MS (150 s) for a large message, and one delivery attempt report.timeoutMs.
 */
export const FLOW_DEADLINE_MS = 240_000;
/** After the user's own report, other due outbox entries are retried for at most this long. */
export const BACKLOG_BUDGET_MS = 5_000;
/** Key of our notification on the message, so a second report replaces the first. */
export const NOTIFICATION_KEY = "campaignguard-report";
/** An image id from manifest.xml's <bt:Images>; InformationalMessage notifications require one. */
export const NOTIFICATION_ICON = "Icon.16x16";
/** Title of Outlook's post-report dialog. */
export const DIALOG_TITLE = "CampaignGuard";

export type CommandItem = ReadItem & {
  itemId?: string;
  notificationMessages?: Pick<Office.NotificationMessages, "replaceAsync">;
};

/** The ribbon button's event. */
export type CommandEvent = Pick<Office.AddinCommands.Event, "completed">;
/** The ReportPhishingCommandSurface event: `completed` plus the user's ticks and free text. */
export type SpamEvent = Pick<Office.MailboxEvent, "completed"> &
  Partial<Pick<Office.SpamReportingEventArgs, "options" | "freeText">>;

export interface HandlerOptions {
  loadConfig?: () => Promise<Config>;
  /** The domain feed (tests); by default the last good one the pane stored. */
  loadFeed?: (settings: FeedSettings) => Promise<Feed>;
  now?: () => Date;
  /** Per Office call. */
  timeoutMs?: number;
  /** For getAsFileAsync. */
  emlTimeoutMs?: number;
  deadlineMs?: number;
  outbox?: Outbox;
  fetch?: FetchLike;
  /** The add-in's base URL; found from the page or Office.context.urls otherwise. */
  baseUrl?: string;
  /** MSAL's nested app authentication, for Graph delivery: bundled or loaded on need by the entry. */
  createPca: (config: Configuration) => Promise<IPublicClientApplication>;
  /** The IDNA tables, where the runtime can load them on need (see FlowEnv.loadTr46). */
  loadTr46?: () => Promise<Tr46>;
}

export interface Handlers {
  onReportMessage(event: CommandEvent): Promise<void>;
  onSpamReport(event: SpamEvent): Promise<void>;
}

/** What happened, for the words and the move. */
type Outcome =
  | { prepared: PreparedReport; delivered: ReportOutcome; language: Language }
  | { error: unknown; language: Language; config?: Config };

const NO_REQUIREMENTS: Requirements = { isSetSupported: () => false };

function displayLanguage(): string | undefined {
  try {
    return Office.context.displayLanguage;
  } catch {
    return undefined;
  }
}

function defaultFetch(): FetchLike {
  return (url, init) => fetch(url, init);
}

let sharedOutbox: Outbox | undefined;
function outboxFor(options: HandlerOptions): Outbox {
  if (options.outbox) return options.outbox;
  sharedOutbox ??= new Outbox(defaultOutboxStore());
  return sharedOutbox;
}

function officeEnv(
  options: HandlerOptions,
  baseUrl: string | undefined,
): FlowEnv & { item: CommandItem | null } {
  const mailbox = Office.context.mailbox;
  let reporter: string | undefined;
  try {
    reporter = mailbox.userProfile.emailAddress;
  } catch {
    reporter = undefined;
  }
  return {
    item: (mailbox.item as CommandItem | undefined) ?? null,
    requirements: Office.context.requirements ?? NO_REQUIREMENTS,
    reporter,
    loadConfig: options.loadConfig ?? (() => loadCommandConfig({ pageUrl: baseUrl })),
    loadFeed: options.loadFeed,
    now: options.now ?? (() => new Date()),
    timeoutMs: options.timeoutMs,
    emlTimeoutMs: options.emlTimeoutMs,
    loadTr46: options.loadTr46,
  };
}

/** The delivery environment: never interactive here. */
export function submitEnv(
  config: Config,
  language: Language,
  options: HandlerOptions,
  baseUrl: string | undefined,
  item: CommandItem | null,
): SubmitEnv {
  const mailbox = Office.context.mailbox;
  return {
    settings: config.report,
    language,
    outbox: outboxFor(options),
    fetch: options.fetch ?? defaultFetch(),
    tokens: () =>
      graphTokens({
        clientId: config.report.clientId ?? "",
        authority: config.report.authority,
        baseUrl: baseUrl ?? "https://localhost/",
        office: Office as unknown as OfficeForAuth,
        interactive: false,
        createPca: options.createPca,
      }),
    compose:
      typeof mailbox.displayNewMessageForm === "function"
        ? (form) => mailbox.displayNewMessageForm(form as Parameters<typeof mailbox.displayNewMessageForm>[0])
        : undefined,
    itemId: item?.itemId ?? null,
    now: () => (options.now ? options.now().getTime() : Date.now()),
  };
}

/** Runs the flow; never throws. */
async function run(
  options: HandlerOptions,
  user: UserInput,
): Promise<{ outcome: Outcome; item: CommandItem | null }> {
  let item: CommandItem | null = null;
  let language: Language = reportLanguage("auto", displayLanguage());
  let config: Config | undefined;
  try {
    const baseUrl = options.baseUrl ?? addinBaseUrl();
    const env = officeEnv(options, baseUrl);
    item = env.item;
    const deadline = options.deadlineMs ?? FLOW_DEADLINE_MS;
    const started = Date.now();
    const prepared = await withTimeout(prepareReport(env, user), deadline, "Preparing the report");
    config = prepared.config;
    language = reportLanguage(config.language, displayLanguage());
    const delivery = submitEnv(config, language, options, baseUrl, item);
    const remaining = Math.max(1_000, deadline - (Date.now() - started));
    const delivered = await withTimeout(
      submitReport(prepared.report, delivery),
      remaining,
      "Sending the report",
    ).catch(async (error: unknown): Promise<ReportOutcome> => {
      // The attempt outlived the flow: the report is in the outbox and its lease will expire.
      if (!(error instanceof TimeoutError)) throw error;
      return {
        kind: "queued",
        mode: config?.report.mode === "graph" ? "graph" : "webhook",
        destination:
          (config?.report.mode === "webhook" ? config.report.webhookUrl : config?.report.target) ?? "",
        nextAttemptAt: Date.now() + delivery.settings.timeoutMs * 3,
        reason: "timeout",
        needsSignIn: false,
      };
    });
    // The next command retries what waits (reports queued earlier), briefly.
    if (
      delivered.kind !== "composed" &&
      delivered.kind !== "not-configured" &&
      delivered.kind !== "misconfigured"
    ) {
      await delivery.outbox
        .process((entry) => deliverEntry(entry, delivery), { deadline: Date.now() + BACKLOG_BUDGET_MS })
        .catch(() => undefined);
    }
    return { outcome: { prepared, delivered, language }, item };
  } catch (error) {
    return { outcome: { error, language, config }, item };
  }
}

/** Wraps `completed` so that it runs at most once and never throws into the host. */
function completeOnce<A extends unknown[]>(complete: (...args: A) => void): (...args: A) => void {
  let done = false;
  return (...args: A) => {
    if (done) return;
    done = true;
    try {
      complete(...args);
    } catch {
      // Nothing more can be done; calling again would break "exactly once".
    }
  };
}

async function notify(
  item: CommandItem | null,
  message: string,
  timeoutMs: number | undefined,
): Promise<void> {
  try {
    const messages = item?.notificationMessages;
    if (!messages || typeof messages.replaceAsync !== "function") return;
    const details: Office.NotificationMessageDetails = {
      type: Office.MailboxEnums.ItemNotificationMessageType.InformationalMessage,
      message,
      icon: NOTIFICATION_ICON,
      persistent: false,
    };
    await officeCall<void>(
      "notificationMessages.replaceAsync",
      (callback) => messages.replaceAsync(NOTIFICATION_KEY, details, callback),
      timeoutMs,
    );
  } catch {
    // The report itself is unaffected; the user just doesn't see the notice.
  }
}

function moveTo(after: AfterReport | "noMove"): Office.MailboxEnums.MoveSpamItemTo {
  const values = {
    junk: "junkFolder",
    delete: "deletedItemsFolder",
    keep: "noMove",
    noMove: "noMove",
  } as const;
  try {
    const e = Office.MailboxEnums.MoveSpamItemTo;
    const byName = { junk: e.JunkFolder, delete: e.DeletedItemsFolder, keep: e.NoMove, noMove: e.NoMove };
    return byName[after] ?? (values[after] as Office.MailboxEnums.MoveSpamItemTo);
  } catch {
    return values[after] as Office.MailboxEnums.MoveSpamItemTo;
  }
}

function errorReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return trimTrailing(message, (ch) => ch === "." || isSpace(ch)) || "unknown error";
}

/** The ribbon notice for an outcome. */
export function ribbonNotice(outcome: Outcome): string {
  if ("error" in outcome) return REPORT_TEXT[outcome.language].notice.prepareFailed;
  return noticeText(outcome.delivered, outcome.language, Date.now());
}

/** Outlook's dialog text and where the message goes. */
export function spamCompletion(outcome: Outcome): { description: string; move: AfterReport | "noMove" } {
  if ("error" in outcome)
    return {
      description: REPORT_TEXT[outcome.language].dialog.prepareFailed(errorReason(outcome.error)),
      move: "noMove",
    };
  const after = outcome.prepared.config.report.afterReport;
  const move = mayMove(outcome.delivered) ? after : "noMove";
  return {
    description: dialogText(outcome.delivered, outcome.language, {
      now: Date.now(),
      verdict: outcome.prepared.report.verdict,
      after: move === "noMove" ? "keep" : after,
    }),
    move,
  };
}

export function createHandlers(options: HandlerOptions): Handlers {
  return {
    async onReportMessage(event) {
      const complete = completeOnce(() => event.completed());
      try {
        const { outcome, item } = await run(options, {});
        await notify(item, ribbonNotice(outcome), options.timeoutMs);
      } finally {
        complete();
      }
    },

    async onSpamReport(event) {
      const complete = completeOnce((description: string, move: AfterReport | "noMove") =>
        event.completed({
          moveItemTo: moveTo(move),
          showPostProcessingDialog: { title: DIALOG_TITLE, description },
        }),
      );
      let result: { description: string; move: AfterReport | "noMove" };
      try {
        const user: UserInput = {
          options: Array.isArray(event.options) ? event.options.slice() : undefined,
          freeText: typeof event.freeText === "string" ? event.freeText : undefined,
        };
        result = spamCompletion((await run(options, user)).outcome);
      } catch (error) {
        result = {
          description: REPORT_TEXT[
            reportLanguage(DEFAULT_CONFIG.language, displayLanguage())
          ].dialog.prepareFailed(errorReason(error)),
          move: "noMove",
        };
      }
      complete(result.description, result.move);
    },
  };
}

/** Registers both handlers with Office; returns false when there is no Office to register with. */
export function registerHandlers(handlers: Handlers): boolean {
  if (typeof Office === "undefined" || !Office.actions || typeof Office.actions.associate !== "function")
    return false;
  Office.actions.associate("onReportMessage", handlers.onReportMessage);
  Office.actions.associate("onSpamReport", handlers.onSpamReport);
  return true;
}

/** Harmless where it does nothing (the JavaScript-only runtime); lets office.js finish initialising elsewhere. */
export function startOffice(): void {
  try {
    if (typeof Office === "undefined" || typeof Office.onReady !== "function") return;
    const ready = Office.onReady();
    if (ready && typeof ready.then === "function") ready.then(undefined, () => undefined);
  } catch {
    // office.js missing or half-loaded: the handlers are registered or they are not; nothing to add.
  }
}
