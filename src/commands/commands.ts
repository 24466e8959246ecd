/**
 * The commands bundle: the ribbon "Report" button (onReportMessage) and Outlook's own Report button
 * (onSpamReport, ReportPhishingCommandSurface). Both run one flow and ALWAYS call `event.completed`
 * exactly once, on success and on any failure; without it Outlook waits five minutes and then shows a
 * timeout. Classic Outlook on Windows loads this file directly in a JavaScript-only runtime: no DOM, no
 * imports at run time, and `Office.onReady` callbacks do not run there, so nothing here waits for it.
 */
import "./runtimeShims"; // first: before any library touches TextEncoder/TextDecoder
import type { Config } from "../config/configSchema";
import { officeCall, withTimeout } from "../office/officeCall";
import type { ReadItem, Requirements } from "../office/readSnapshot";
import { loadCommandConfig } from "./commandConfig";
import {
  DIALOG_TITLE,
  prepareReport,
  ribbonNotice,
  spamDialogText,
  type FlowEnv,
  type PreparedReport,
  type UserInput,
} from "./reportFlow";

/** Whole-flow deadline, well inside Outlook's five minutes (each Office call also has its own 15 s). */
export const FLOW_DEADLINE_MS = 120_000;
/** Key of our notification on the message, so a second report replaces the first. */
export const NOTIFICATION_KEY = "campaignguard-report";
/** An image id from manifest.xml's <bt:Images>; InformationalMessage notifications require one. */
export const NOTIFICATION_ICON = "Icon.16x16";

export type CommandItem = ReadItem & {
  notificationMessages?: Pick<Office.NotificationMessages, "replaceAsync">;
};

/** The ribbon button's event. */
export type CommandEvent = Pick<Office.AddinCommands.Event, "completed">;
/** The ReportPhishingCommandSurface event: `completed` plus the user's ticks and free text. */
export type SpamEvent = Pick<Office.MailboxEvent, "completed"> &
  Partial<Pick<Office.SpamReportingEventArgs, "options" | "freeText">>;

export interface HandlerOptions {
  loadConfig?: () => Promise<Config>;
  /** Receives each prepared report. Delivery and the outbox will plug in here; nothing is sent yet. */
  onPrepared?: (prepared: PreparedReport) => void | Promise<void>;
  now?: () => Date;
  /** Per Office call. */
  timeoutMs?: number;
  deadlineMs?: number;
}

export interface Handlers {
  onReportMessage(event: CommandEvent): Promise<void>;
  onSpamReport(event: SpamEvent): Promise<void>;
}

type Outcome = { report: PreparedReport["report"] } | { error: unknown };

const NO_REQUIREMENTS: Requirements = { isSetSupported: () => false };

function officeEnv(options: HandlerOptions): FlowEnv & { item: CommandItem | null } {
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
    loadConfig: options.loadConfig ?? (() => loadCommandConfig()),
    now: options.now ?? (() => new Date()),
    timeoutMs: options.timeoutMs,
  };
}

/** Runs the flow; never throws. */
async function run(
  options: HandlerOptions,
  user: UserInput,
): Promise<{ outcome: Outcome; item: CommandItem | null }> {
  let item: CommandItem | null = null;
  try {
    const env = officeEnv(options);
    item = env.item;
    const flow = async () => {
      const prepared = await prepareReport(env, user);
      if (options.onPrepared) await options.onPrepared(prepared);
      return prepared;
    };
    const prepared = await withTimeout(
      flow(),
      options.deadlineMs ?? FLOW_DEADLINE_MS,
      "Preparing the report",
    );
    return { outcome: { report: prepared.report }, item };
  } catch (error) {
    return { outcome: { error }, item };
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

function noMove(): Office.MailboxEnums.MoveSpamItemTo {
  try {
    return Office.MailboxEnums.MoveSpamItemTo.NoMove;
  } catch {
    return "noMove" as Office.MailboxEnums.MoveSpamItemTo;
  }
}

export function createHandlers(options: HandlerOptions = {}): Handlers {
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
      // Message not moved: nothing is delivered yet, so moving it to Junk would hide it from the
      // security team's eventual review. Switch to config.report.afterReport once delivery exists.
      const complete = completeOnce((description: string) =>
        event.completed({
          moveItemTo: noMove(),
          showPostProcessingDialog: { title: DIALOG_TITLE, description },
        }),
      );
      let description: string;
      try {
        const user: UserInput = {
          options: Array.isArray(event.options) ? event.options.slice() : undefined,
          freeText: typeof event.freeText === "string" ? event.freeText : undefined,
        };
        description = spamDialogText((await run(options, user)).outcome);
      } catch (error) {
        description = spamDialogText({ error });
      }
      complete(description);
    },
  };
}

/** Registers both handlers with Office; returns false when there is no Office to register with. */
export function registerHandlers(handlers: Handlers = createHandlers()): boolean {
  if (typeof Office === "undefined" || !Office.actions || typeof Office.actions.associate !== "function")
    return false;
  Office.actions.associate("onReportMessage", handlers.onReportMessage);
  Office.actions.associate("onSpamReport", handlers.onSpamReport);
  return true;
}

/** Harmless where it does nothing (the JavaScript-only runtime); lets office.js finish initialising elsewhere. */
function startOffice(): void {
  try {
    if (typeof Office === "undefined" || typeof Office.onReady !== "function") return;
    const ready = Office.onReady();
    if (ready && typeof ready.then === "function") ready.then(undefined, () => undefined);
  } catch {
    // office.js missing or half-loaded: the handlers are registered or they are not; nothing to add.
  }
}

registerHandlers();
startOffice();
