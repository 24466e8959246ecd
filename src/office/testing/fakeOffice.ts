/**
 * A small typed fake of the Outlook side of Office.js, for unit tests. Its message is the browser
 * tests' Senate ADFS lure (messages.ts): an Exchange Online header block with its Received chain and
 * Authentication-Results for a credential phish from adfs-senate.services (a domain Microsoft seized
 * from APT28).
 */
import type { ReadItem, Requirements } from "../readSnapshot";
import { MESSAGES, toEml, USER } from "./messages";

// ---------------------------------------------------------------------------------------------
// Realistic message: the browser tests' Senate ADFS lure (./messages.ts, one set for both fakes)
// ---------------------------------------------------------------------------------------------

const SHARED = MESSAGES["adfs-senate-phish"];

/** What `getAllInternetHeadersAsync` returns in Exchange Online (CRLF, folded lines). */
export const EXCHANGE_ONLINE_HEADERS = SHARED.headers;

export const ADFS_PHISH = {
  from: SHARED.from,
  to: SHARED.to,
  cc: SHARED.cc,
  subject: SHARED.subject,
  internetMessageId: SHARED.internetMessageId,
  dateTimeCreated: new Date(SHARED.dateTimeCreated),
  bodyHtml: SHARED.html,
  bodyText: SHARED.text,
  // The unit tests read attachments too: a signature picture and a document, as such lures carry.
  attachments: [
    {
      id: "AAMkADk4ZjQ1ZTFhLTU3NmEtNGY2NgBGAAAAAAC1m9XIBwCW3Yt2vQyXAAAXy3VnAAABEgAQAIa8",
      attachmentType: "file",
      name: "image001.png",
      contentType: "image/png",
      size: 4312,
      isInline: true,
    },
    {
      id: "AAMkADk4ZjQ1ZTFhLTU3NmEtNGY2NgBGAAAAAAC1m9XIBwCW3Yt2vQyXAAAXy3VnAAABEgAQAJb9",
      attachmentType: "file",
      name: "Password_Policy_2018.docx",
      contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      size: 48213,
      isInline: false,
    },
  ],
};

/** The whole message as Outlook exports it; `ADFS_EML_BASE64` is what getAsFileAsync returns for it. */
export const ADFS_EML = toEml(SHARED);
export const ADFS_EML_BASE64 = Buffer.from(ADFS_EML, "utf8").toString("base64");

// ---------------------------------------------------------------------------------------------
// Answers
// ---------------------------------------------------------------------------------------------

/** An Office failure (`status: "failed"`), with Office's usual generic error code. */
export class FakeFailure {
  constructor(
    readonly message: string,
    readonly code = 9020,
  ) {}
}
export const fails = (message: string, code?: number) => new FakeFailure(message, code);

/** A callback Outlook never calls. */
export const NEVER: unique symbol = Symbol("never");

/** What a fake async method answers: a value, a failure, NEVER, or a function computing one per call. */
export type Answer<T> = T | FakeFailure | typeof NEVER;

function asyncResult<T>(answer: T | FakeFailure): Office.AsyncResult<T> {
  const failed = answer instanceof FakeFailure;
  return {
    status: (failed ? "failed" : "succeeded") as unknown as Office.AsyncResultStatus,
    value: (failed ? undefined : answer) as T,
    error: (failed
      ? { code: answer.code, message: answer.message, name: "GenericResponseError" }
      : undefined) as Office.Error,
    asyncContext: undefined,
    diagnostics: undefined,
  };
}

/** The callback is always the last function argument (Office's optional `options` comes first). */
function lastCallback<T>(args: unknown[]): ((result: Office.AsyncResult<T>) => void) | undefined {
  for (let i = args.length - 1; i >= 0; i--) {
    if (typeof args[i] === "function") return args[i] as (result: Office.AsyncResult<T>) => void;
  }
  return undefined;
}

/** Answers asynchronously, like Outlook (never synchronously inside the call). */
function answerLater<T>(args: unknown[], answer: Answer<T>): void {
  const callback = lastCallback<T>(args);
  if (!callback || answer === NEVER) return;
  void Promise.resolve().then(() => callback(asyncResult(answer)));
}

// ---------------------------------------------------------------------------------------------
// Item
// ---------------------------------------------------------------------------------------------

export interface FakeItemOptions {
  /** getAllInternetHeadersAsync; `null` removes the method. Default: EXCHANGE_ONLINE_HEADERS. */
  headers?: Answer<string> | null;
  /** body.getAsync(Html). Default: ADFS_PHISH.bodyHtml. */
  bodyHtml?: Answer<string>;
  /** body.getAsync(Text). Default: ADFS_PHISH.bodyText. */
  bodyText?: Answer<string>;
  /** getAsFileAsync; `null` removes the method. Default: ADFS_EML_BASE64. */
  eml?: Answer<string> | null;
  /**
   * getSharedPropertiesAsync; `null` removes the method. Default: fails, which is how Outlook
   * answers for an item in the user's own mailbox.
   */
  shared?: Answer<Office.SharedProperties> | null;
  /** notificationMessages.replaceAsync. Default: succeeds. */
  notify?: Answer<void>;
  /**
   * getAttachmentContentAsync, by attachment id; `null` removes the method. An id not listed fails
   * as Outlook does for an unknown id (InvalidAttachmentId). Default: every id fails.
   */
  attachmentContent?: Record<string, Answer<Office.AttachmentContent>> | null;
  /** Plain properties, overriding ADFS_PHISH. */
  properties?: Partial<
    Pick<
      ReadItem,
      "from" | "sender" | "to" | "cc" | "subject" | "internetMessageId" | "dateTimeCreated" | "attachments"
    >
  >;
  itemType?: string;
}

export interface FakeNotification {
  key: string;
  details: Office.NotificationMessageDetails;
}

export type FakeItem = ReadItem & {
  itemType: string;
  notificationMessages: Pick<Office.NotificationMessages, "replaceAsync">;
  /** Every async method called, in order, e.g. "body.getAsync(html)". */
  calls: string[];
  notifications: FakeNotification[];
};

export function sharedProperties(owner: string): Office.SharedProperties {
  return {
    owner,
    targetMailbox: `${owner.split("@")[0]}-mailbox`,
    targetRestUrl: "https://outlook.office.com/api",
    delegatePermissions: 1 as Office.MailboxEnums.DelegatePermissions, // Read
  };
}

/** A read-mode message; by default the adfs-senate.services phish with every call succeeding. */
export function fakeItem(options: FakeItemOptions = {}): FakeItem {
  const calls: string[] = [];
  const notifications: FakeNotification[] = [];
  const pick = <T>(given: Answer<T> | null | undefined, fallback: Answer<T>) =>
    given === undefined ? fallback : given;
  const headers = pick(options.headers, EXCHANGE_ONLINE_HEADERS);
  const eml = pick(options.eml, ADFS_EML_BASE64);
  const shared = pick<Office.SharedProperties>(options.shared, fails("The item is not in a shared folder."));
  const item: FakeItem = {
    itemType: options.itemType ?? "message",
    from: ADFS_PHISH.from,
    sender: ADFS_PHISH.from,
    to: ADFS_PHISH.to,
    cc: ADFS_PHISH.cc,
    subject: ADFS_PHISH.subject,
    internetMessageId: ADFS_PHISH.internetMessageId,
    dateTimeCreated: ADFS_PHISH.dateTimeCreated,
    attachments: ADFS_PHISH.attachments,
    ...options.properties,
    body: {
      getAsync(...args: unknown[]) {
        const html = args[0] === "html";
        calls.push(html ? "body.getAsync(html)" : "body.getAsync(text)");
        answerLater(
          args,
          html ? pick(options.bodyHtml, ADFS_PHISH.bodyHtml) : pick(options.bodyText, ADFS_PHISH.bodyText),
        );
      },
    },
    notificationMessages: {
      replaceAsync(key: string, details: Office.NotificationMessageDetails, ...rest: unknown[]) {
        calls.push("notificationMessages.replaceAsync");
        notifications.push({ key, details });
        answerLater<void>(rest, options.notify === undefined ? undefined : options.notify);
      },
    },
    calls,
    notifications,
  };
  if (headers !== null) {
    item.getAllInternetHeadersAsync = (...args: unknown[]) => {
      calls.push("getAllInternetHeadersAsync");
      answerLater(args, headers);
    };
  }
  if (eml !== null) {
    item.getAsFileAsync = (...args: unknown[]) => {
      calls.push("getAsFileAsync");
      answerLater(args, eml);
    };
  }
  if (options.attachmentContent !== null) {
    const contents = options.attachmentContent ?? {};
    item.getAttachmentContentAsync = ((id: string, ...args: unknown[]) => {
      calls.push(`getAttachmentContentAsync(${id})`);
      const known = Object.prototype.hasOwnProperty.call(contents, id);
      answerLater(args, known ? contents[id] : fails("The attachment identifier does not exist.", 9002));
    }) as ReadItem["getAttachmentContentAsync"];
  }
  if (shared !== null) {
    item.getSharedPropertiesAsync = (...args: unknown[]) => {
      calls.push("getSharedPropertiesAsync");
      answerLater(args, shared);
    };
  }
  return item;
}

/** `Office.context.requirements` for a client whose highest Mailbox set is `highest` (e.g. "1.14"). */
export function fakeRequirements(highest: string): Requirements & { asked: string[] } {
  const asked: string[] = [];
  const parse = (v: string) => v.split(".").map((n) => Number(n));
  const [maxMajor, maxMinor] = parse(highest);
  return {
    asked,
    isSetSupported(name: string, minVersion = "1.0") {
      asked.push(`${name} ${minVersion}`);
      if (name.toLowerCase() !== "mailbox") return false;
      const [major, minor = 0] = parse(minVersion);
      return major < maxMajor || (major === maxMajor && minor <= maxMinor);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Mailbox and host
// ---------------------------------------------------------------------------------------------

export interface FakeMailbox {
  item: FakeItem | null;
  userProfile: { emailAddress: string; displayName: string };
  addHandlerAsync: Office.Mailbox["addHandlerAsync"];
  removeHandlerAsync: Office.Mailbox["removeHandlerAsync"];
  /** Registered handlers by event type. */
  handlers: Map<string, ((args: unknown) => void)[]>;
  /** Simulates the user selecting another item (or none) while the pane is pinned. */
  select(next: FakeItem | null): void;
}

export function fakeMailbox(
  item: FakeItem | null = fakeItem(),
  options: { addHandler?: Answer<void> } = {},
): FakeMailbox {
  const handlers = new Map<string, ((args: unknown) => void)[]>();
  const mailbox: FakeMailbox = {
    item,
    // The person the shared messages are addressed to.
    userProfile: { emailAddress: USER.emailAddress, displayName: USER.displayName },
    handlers,
    addHandlerAsync(...args: unknown[]) {
      const [type, handler] = args as [string, (a: unknown) => void];
      const answer = options.addHandler === undefined ? undefined : options.addHandler;
      if (!(answer instanceof FakeFailure) && answer !== NEVER)
        handlers.set(type, [...(handlers.get(type) ?? []), handler]);
      answerLater<void>(args.slice(2), answer as Answer<void>);
    },
    removeHandlerAsync(...args: unknown[]) {
      handlers.delete(args[0] as string);
      answerLater<void>(args.slice(1), undefined);
    },
    select(next) {
      mailbox.item = next;
      for (const handler of handlers.get(FAKE_ENUMS.EventType.ItemChanged) ?? []) {
        handler({ type: FAKE_ENUMS.EventType.ItemChanged });
      }
    },
  };
  return mailbox;
}

/** The enum values office.js uses at run time. */
export const FAKE_ENUMS = {
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  CoercionType: { Html: "html", Text: "text" },
  EventType: { ItemChanged: "olkItemSelectedChanged" },
  MailboxEnums: {
    ItemType: { Message: "message", Appointment: "appointment" },
    ItemNotificationMessageType: {
      ProgressIndicator: "progressIndicator",
      InformationalMessage: "informationalMessage",
      ErrorMessage: "errorMessage",
      InsightMessage: "insightMessage",
    },
    MoveSpamItemTo: {
      CustomFolder: "customFolder",
      DeletedItemsFolder: "deletedItemsFolder",
      JunkFolder: "junkFolder",
      NoMove: "noMove",
    },
  },
} as const;

export interface FakeOfficeHost {
  mailbox: FakeMailbox;
  requirements: Requirements & { asked: string[] };
  /** Functions registered with Office.actions.associate. */
  associated: Map<string, (event: unknown) => unknown>;
  onReadyCalls: number;
  uninstall(): void;
}

/** Installs `globalThis.Office` (enums, context.mailbox, requirements, actions, onReady). */
export function installFakeOffice(
  setup: { mailbox?: FakeMailbox; requirements?: Requirements & { asked: string[] } } = {},
): FakeOfficeHost {
  const g = globalThis as { Office?: unknown };
  const previous = g.Office;
  const host: FakeOfficeHost = {
    mailbox: setup.mailbox ?? fakeMailbox(),
    requirements: setup.requirements ?? fakeRequirements("1.14"),
    associated: new Map(),
    onReadyCalls: 0,
    uninstall() {
      g.Office = previous;
    },
  };
  g.Office = {
    ...FAKE_ENUMS,
    context: {
      get mailbox() {
        return host.mailbox;
      },
      get requirements() {
        return host.requirements;
      },
    },
    actions: {
      associate(id: string, fn: (event: unknown) => unknown) {
        host.associated.set(id, fn);
      },
    },
    onReady() {
      host.onReadyCalls += 1;
      return Promise.resolve({ host: "Outlook", platform: "OfficeOnline" });
    },
  };
  return host;
}

// ---------------------------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------------------------

/** The ribbon button's event. `completions` records every `completed(...)` argument. */
export function fakeCommandEvent(): Office.AddinCommands.Event & { completions: unknown[] } {
  const completions: unknown[] = [];
  return {
    source: { id: "msgReadReportButton" },
    completions,
    completed(options?: unknown) {
      completions.push(options);
    },
  };
}

/** The ReportPhishingCommandSurface event: the user's ticks (manifest order) and free text. */
export function fakeSpamEvent(
  options: boolean[] = [true, false, false],
  freeText = "",
): Office.MailboxEvent & Office.SpamReportingEventArgs & { completions: unknown[] } {
  const completions: unknown[] = [];
  return {
    type: "SpamReporting",
    options,
    freeText,
    completions,
    completed(opts?: unknown) {
      completions.push(opts);
    },
  };
}
