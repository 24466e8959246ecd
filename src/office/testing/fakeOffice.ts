/**
 * A small typed fake of the Outlook side of Office.js, for tests only. Values are realistic: an
 * Exchange Online header block for a 2018-style credential phish from adfs-senate.services (a domain
 * Microsoft seized from APT28), with its Received chain, Authentication-Results and a folded Reply-To.
 * Addresses on our side use the reserved `.example` TLD and IPs from the documentation ranges.
 */
import type { ReadItem, Requirements } from "../readSnapshot";

// ---------------------------------------------------------------------------------------------
// Realistic message
// ---------------------------------------------------------------------------------------------

/** What `getAllInternetHeadersAsync` returns in Exchange Online (CRLF, folded lines). */
export const EXCHANGE_ONLINE_HEADERS = [
  "Received: from SN7PR09MB4735.namprd09.prod.outlook.com (2603:10b6:806:1e4::9) by",
  " BY5PR09MB5682.namprd09.prod.outlook.com with HTTPS; Mon, 20 Aug 2018 14:03:11",
  " +0000",
  "Received: from BN9PR03CA0412.namprd03.prod.outlook.com (2603:10b6:408:111::27)",
  " by SN7PR09MB4735.namprd09.prod.outlook.com (2603:10b6:806:1e4::9) with",
  " Microsoft SMTP Server (version=TLS1_2,",
  " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.1059.21; Mon, 20 Aug",
  " 2018 14:03:10 +0000",
  "Received: from BN8NAM12FT045.eop-nam12.prod.protection.outlook.com",
  " (2603:10b6:408:111:cafe::5b) by BN9PR03CA0412.outlook.office365.com",
  " (2603:10b6:408:111::27) with Microsoft SMTP Server (version=TLS1_2,",
  " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.1059.21 via Frontend",
  " Transport; Mon, 20 Aug 2018 14:03:10 +0000",
  "Authentication-Results: spf=pass (sender IP is 203.0.113.45)",
  " smtp.mailfrom=adfs-senate.services; rivera-for-senate.example; dkim=none",
  " (message not signed) header.d=none;rivera-for-senate.example; dmarc=none",
  " action=none header.from=adfs-senate.services;compauth=fail reason=001",
  "Received-SPF: Pass (protection.outlook.com: domain of adfs-senate.services",
  " designates 203.0.113.45 as permitted sender) receiver=protection.outlook.com;",
  " client-ip=203.0.113.45; helo=mail.adfs-senate.services;",
  "Received: from mail.adfs-senate.services (203.0.113.45) by",
  " BN8NAM12FT045.mail.protection.outlook.com (10.13.182.190) with Microsoft SMTP",
  " Server id 15.20.1059.14 via Frontend Transport; Mon, 20 Aug 2018 14:03:09",
  " +0000",
  "Return-Path:",
  "\t<bounce+7f3a2c@adfs-senate.services>",
  'From: "Senate IT Service Desk" <it-servicedesk@adfs-senate.services>',
  "Reply-To: =?utf-8?Q?Senate_IT_Service_Desk_=E2=80=93_Verification?=",
  " <helpdesk-verify@adfs-senate.services>",
  "To: Alex Rivera <alex@rivera-for-senate.example>",
  "Subject: Action required: your senate.gov password expires today",
  "Thread-Topic: Action required: your senate.gov password expires today",
  "Date: Mon, 20 Aug 2018 14:03:02 +0000",
  "Message-ID: <20180820140302.4F2A1C0A7@mail.adfs-senate.services>",
  "Content-Language: en-US",
  "X-MS-Exchange-Organization-AuthSource: BN8NAM12FT045.eop-nam12.prod.protection.outlook.com",
  "X-MS-Exchange-Organization-AuthAs: Anonymous",
  "X-MS-Office365-Filtering-Correlation-Id: 6c1f0b2e-3a5d-4e8f-9b21-0d4c7e2a9f13",
  "X-Forefront-Antispam-Report:",
  " CIP:203.0.113.45;CTRY:;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:mail.adfs-senate.services;",
  " PTR:mail.adfs-senate.services;CAT:NONE;SFS:;DIR:INB;",
  "X-MS-Exchange-CrossTenant-OriginalArrivalTime: 20 Aug 2018 14:03:09.8123",
  " (UTC)",
  "MIME-Version: 1.0",
  'Content-Type: multipart/alternative; boundary="b1_5c0b2f9e"',
  "",
].join("\r\n");

export const ADFS_PHISH = {
  from: { displayName: "Senate IT Service Desk", emailAddress: "it-servicedesk@adfs-senate.services" },
  to: [{ displayName: "Alex Rivera", emailAddress: "alex@rivera-for-senate.example" }],
  cc: [{ displayName: "Campaign Operations", emailAddress: "ops@rivera-for-senate.example" }],
  subject: "Action required: your senate.gov password expires today",
  internetMessageId: "<20180820140302.4F2A1C0A7@mail.adfs-senate.services>",
  dateTimeCreated: new Date("2018-08-20T14:03:09.000Z"),
  bodyHtml:
    '<html><body><p>Dear Alex,</p><p>Your senate.gov password expires today. To keep access, confirm it here: <a href="https://adfs-senate.services/adfs/ls/?client-request-id=5b1f&amp;wa=wsignin1.0">https://adfs.senate.gov/adfs/ls/</a></p><p>Senate IT Service Desk</p><img src="cid:image001.png@01D4388A.5B1F0C40"></body></html>',
  bodyText:
    "Dear Alex,\r\n\r\nYour senate.gov password expires today. To keep access, confirm it here: https://adfs.senate.gov/adfs/ls/ <https://adfs-senate.services/adfs/ls/?client-request-id=5b1f&wa=wsignin1.0>\r\n\r\nSenate IT Service Desk\r\n",
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

/** A short EML of the same message; `ADFS_EML_BASE64` is what getAsFileAsync returns for it. */
export const ADFS_EML = [
  'From: "Senate IT Service Desk" <it-servicedesk@adfs-senate.services>',
  "To: Alex Rivera <alex@rivera-for-senate.example>",
  `Subject: ${ADFS_PHISH.subject}`,
  "Date: Mon, 20 Aug 2018 14:03:02 +0000",
  `Message-ID: ${ADFS_PHISH.internetMessageId}`,
  "MIME-Version: 1.0",
  "Content-Type: text/plain; charset=utf-8",
  "",
  "Dear Alex,",
  "Your senate.gov password expires today.",
  "",
].join("\r\n");
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
    userProfile: { emailAddress: "alex@rivera-for-senate.example", displayName: "Alex Rivera" },
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
