/**
 * A fake of the Office.js surface that CampaignGuard's task pane and commands bundle use, standing in
 * for https://appsforoffice.microsoft.com/lib/1/hosted/office.js in the browser tests. It is bundled
 * with esbuild at test time (see e2e/support/fakeOfficeBundle.ts) and served through `page.route`.
 *
 * Behaviour follows Outlook on the web: callbacks run asynchronously with `{ status, value, error,
 * asyncContext, diagnostics }`, an optional options argument comes before the callback, methods of a
 * requirement set above the configured Mailbox version are absent, and `mailbox.item` is `null` when
 * nothing is selected.
 *
 * The test chooses the scenario with `window.__CG_FAKE__` (see ./types.ts) and drives the host with
 * `window.__CG_FAKE_HOST__`.
 */
import {
  internetHeadersOf,
  isMessageKey,
  MESSAGES,
  toEml,
  USER,
  type FakeMessage,
  type MessageKey,
} from "./messages";
import type { FakeCall, FakeConfig, FakeHost } from "./types";

type Callback<T> = (result: FakeAsyncResult<T>) => void;

interface FakeAsyncResult<T> {
  status: "succeeded" | "failed";
  value: T | undefined;
  error?: { name: string; message: string; code: number };
  asyncContext: unknown;
  diagnostics: unknown;
}

const config: FakeConfig = window.__CG_FAKE__ ?? {};
const mailboxVersion = config.mailboxVersion ?? "1.14";
const platform = config.platform ?? "OfficeOnline";
const failing = new Set(config.fail ?? []);
const delayMs = config.delayMs ?? 0;

const calls: FakeCall[] = [];
const missing: string[] = [];

// ---------------------------------------------------------------------------------------------
// Enums, with the string values office.js really uses at run time.

const HostType = {
  Word: "Word",
  Excel: "Excel",
  PowerPoint: "PowerPoint",
  Outlook: "Outlook",
  OneNote: "OneNote",
  Project: "Project",
  Access: "Access",
} as const;

const PlatformType = {
  PC: "PC",
  OfficeOnline: "OfficeOnline",
  Mac: "Mac",
  iOS: "iOS",
  Android: "Android",
  Universal: "Universal",
} as const;

const AsyncResultStatus = { Succeeded: "succeeded", Failed: "failed" } as const;

const CoercionType = {
  Text: "text",
  Matrix: "matrix",
  Table: "table",
  Html: "html",
  Ooxml: "ooxml",
  SlideRange: "slideRange",
  Image: "image",
  XmlSvg: "xmlSvg",
} as const;

const EventType = {
  ItemChanged: "olkItemSelectedChanged",
  RecipientsChanged: "olkRecipientsChanged",
  AppointmentTimeChanged: "olkAppointmentTimeChanged",
  RecurrenceChanged: "olkRecurrenceChanged",
  AttachmentsChanged: "olkAttachmentsChanged",
  EnhancedLocationsChanged: "olkEnhancedLocationsChanged",
  InfobarClicked: "olkInfobarClicked",
  OfficeThemeChanged: "officeThemeChanged",
  DialogMessageReceived: "dialogMessageReceived",
  DialogEventReceived: "dialogEventReceived",
} as const;

const MailboxEnums = {
  MoveSpamItemTo: {
    CustomFolder: "customFolder",
    DeletedItemsFolder: "deletedItemsFolder",
    JunkFolder: "junkFolder",
    NoMove: "noMove",
  },
  ItemNotificationMessageType: {
    ProgressIndicator: "progressIndicator",
    InformationalMessage: "informationalMessage",
    ErrorMessage: "errorMessage",
    InsightMessage: "insightMessage",
  },
  RestVersion: { v1_0: "v1.0", v2_0: "v2.0", Beta: "beta" },
  ItemType: { Message: "message", Appointment: "appointment" },
  AttachmentType: { File: "file", Item: "item", Cloud: "cloud" },
  BodyType: { Text: "text", Html: "html" },
  DelegatePermissions: { Read: 1, Write: 2, DeleteOwn: 4, DeleteAll: 8, EditOwn: 16, EditAll: 32 },
  RecipientType: {
    DistributionList: "distributionList",
    User: "user",
    ExternalUser: "externalUser",
    Other: "other",
  },
} as const;

// ---------------------------------------------------------------------------------------------
// Helpers

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map((n) => Number.parseInt(n, 10) || 0);
  const pb = b.split(".").map((n) => Number.parseInt(n, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function supports(name: string, minVersion?: string | number): boolean {
  const max = name.toLowerCase() === "mailbox" ? mailboxVersion : config.requirementSets?.[name];
  if (max === undefined) return false;
  return minVersion === undefined || compareVersions(max, String(minVersion)) >= 0;
}

/** JSON-safe copy of call arguments for the log (functions become "[function]"). */
function loggable(value: unknown, depth = 0): unknown {
  if (typeof value === "function") return "[function]";
  if (value === null || typeof value !== "object") return value;
  if (depth > 4) return "[…]";
  if (Array.isArray(value)) return value.map((v) => loggable(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = loggable(v, depth + 1);
  return out;
}

function record(method: string, args: unknown[]): void {
  calls.push({ method, args: args.map((a) => loggable(a)) });
}

/** Splits the Office.js `(options?, callback?)` tail. */
function optionsAndCallback<T>(
  a?: unknown,
  b?: unknown,
): { options: Record<string, unknown>; callback?: Callback<T> } {
  if (typeof a === "function") return { options: {}, callback: a as Callback<T> };
  return {
    options: a && typeof a === "object" ? (a as Record<string, unknown>) : {},
    callback: typeof b === "function" ? (b as Callback<T>) : undefined,
  };
}

function later(fn: () => void): void {
  setTimeout(fn, delayMs);
}

/** Calls back asynchronously with a Succeeded result, or a Failed one when the test asked for it. */
function complete<T>(
  method: string,
  options: Record<string, unknown>,
  callback: Callback<T> | undefined,
  produce: () => T,
  failure?: { name: string; message: string; code: number },
): void {
  later(() => {
    if (!callback) return;
    const asyncContext = options.asyncContext;
    const forced = failing.has(method)
      ? { name: "InternalServerError", message: `The fake host was told to fail ${method}.`, code: 9017 }
      : undefined;
    const error = forced ?? failure;
    if (error) {
      callback({
        status: AsyncResultStatus.Failed,
        value: undefined,
        error,
        asyncContext,
        diagnostics: undefined,
      });
      return;
    }
    callback({ status: AsyncResultStatus.Succeeded, value: produce(), asyncContext, diagnostics: undefined });
  });
}

/** Reports reads of members the fake lacks, so a test can tell "fake too small" from "product bug". */
function watched<T extends object>(target: T, label: string): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      if (typeof prop === "string" && !(prop in obj) && prop !== "then" && prop !== "toJSON") {
        const name = `${label}.${prop}`;
        if (!missing.includes(name)) missing.push(name);
      }
      return Reflect.get(obj, prop, receiver);
    },
  });
}

function utf8Base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function address(a: { displayName: string; emailAddress: string }) {
  const external = !a.emailAddress.toLowerCase().endsWith("@harperforsenate.org");
  return {
    displayName: a.displayName,
    emailAddress: a.emailAddress,
    recipientType: external ? MailboxEnums.RecipientType.ExternalUser : MailboxEnums.RecipientType.User,
  };
}

// ---------------------------------------------------------------------------------------------
// Items

function makeNotificationMessages(store: Map<string, Office.NotificationMessageDetails>) {
  const api = {
    addAsync(key: string, details: Office.NotificationMessageDetails, a?: unknown, b?: unknown) {
      record("item.notificationMessages.addAsync", [key, details]);
      const { options, callback } = optionsAndCallback<void>(a, b);
      const duplicate = store.has(key)
        ? { name: "DuplicateNotificationKey", message: "The notification key already exists.", code: 9041 }
        : undefined;
      if (!duplicate) store.set(key, { ...details });
      complete("notificationMessages.addAsync", options, callback, () => undefined, duplicate);
    },
    replaceAsync(key: string, details: Office.NotificationMessageDetails, a?: unknown, b?: unknown) {
      record("item.notificationMessages.replaceAsync", [key, details]);
      const { options, callback } = optionsAndCallback<void>(a, b);
      store.set(key, { ...details });
      complete("notificationMessages.replaceAsync", options, callback, () => undefined);
    },
    removeAsync(key: string, a?: unknown, b?: unknown) {
      record("item.notificationMessages.removeAsync", [key]);
      const { options, callback } = optionsAndCallback<void>(a, b);
      const absent = store.has(key)
        ? undefined
        : { name: "KeyNotFound", message: "The notification key was not found.", code: 9042 };
      store.delete(key);
      complete("notificationMessages.removeAsync", options, callback, () => undefined, absent);
    },
    getAllAsync(a?: unknown, b?: unknown) {
      record("item.notificationMessages.getAllAsync", []);
      const { options, callback } = optionsAndCallback<Office.NotificationMessageDetails[]>(a, b);
      complete("notificationMessages.getAllAsync", options, callback, () =>
        [...store.entries()].map(([key, d]) => ({ ...d, key })),
      );
    },
  };
  return watched(api, "item.notificationMessages");
}

function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, "text/html");
  return (doc.body.textContent ?? "").replace(/\n{3,}/g, "\n\n").trim();
}

interface ItemState {
  message: FakeMessage;
  notifications: Map<string, Office.NotificationMessageDetails>;
}

function makeItem(key: MessageKey): { item: object; state: ItemState } {
  const message = MESSAGES[key];
  const state: ItemState = { message, notifications: new Map() };
  const shared = config.shared ?? message.shared !== undefined;
  const created = new Date(message.dateTimeCreated);

  const body = watched(
    {
      getAsync(coercionType: string, a?: unknown, b?: unknown) {
        record("item.body.getAsync", [coercionType, a]);
        const { options, callback } = optionsAndCallback<string>(a, b);
        const unsupported =
          coercionType === CoercionType.Html || coercionType === CoercionType.Text
            ? undefined
            : {
                name: "InvalidCoercionType",
                message: `Coercion type ${coercionType} is not supported.`,
                code: 1000,
              };
        complete(
          "body.getAsync",
          options,
          callback,
          () => (coercionType === CoercionType.Html ? message.html : htmlToText(message.html)),
          unsupported,
        );
      },
      getTypeAsync(a?: unknown, b?: unknown) {
        record("item.body.getTypeAsync", []);
        const { options, callback } = optionsAndCallback<string>(a, b);
        complete("body.getTypeAsync", options, callback, () => MailboxEnums.BodyType.Html);
      },
    },
    "item.body",
  );

  const item: Record<string, unknown> = {
    itemType: config.appointment ? MailboxEnums.ItemType.Appointment : MailboxEnums.ItemType.Message,
    itemClass: "IPM.Note",
    itemId: message.itemId,
    conversationId: message.conversationId,
    subject: message.subject,
    normalizedSubject: message.subject.replace(/^(re|fw|fwd):\s*/i, ""),
    from: address(message.from),
    sender: address(message.sender),
    to: message.to.map(address),
    cc: message.cc.map(address),
    internetMessageId: message.internetMessageId,
    dateTimeCreated: created,
    dateTimeModified: created,
    attachments: message.attachments.map((a) => ({ ...a, attachmentType: MailboxEnums.AttachmentType.File })),
    body,
    notificationMessages: makeNotificationMessages(state.notifications),
    categories: watched({}, "item.categories"),
  };

  if (supports("Mailbox", "1.8")) {
    item.getAllInternetHeadersAsync = (a?: unknown, b?: unknown) => {
      record("item.getAllInternetHeadersAsync", [a]);
      const { options, callback } = optionsAndCallback<string>(a, b);
      complete("getAllInternetHeadersAsync", options, callback, () => internetHeadersOf(message));
    };
    item.getAttachmentContentAsync = (id: string, a?: unknown, b?: unknown) => {
      record("item.getAttachmentContentAsync", [id, a]);
      const { options, callback } = optionsAndCallback<Office.AttachmentContent>(a, b);
      const content = config.attachmentContent?.[id];
      const known = message.attachments.some((att) => att.id === id) && content !== undefined;
      complete(
        "getAttachmentContentAsync",
        options,
        callback,
        () => ({ format: "base64", content: content ?? "" }),
        known
          ? undefined
          : { name: "InvalidAttachmentId", message: "The attachment identifier does not exist.", code: 9002 },
      );
    };
    item.getInitializationContextAsync = (a?: unknown, b?: unknown) => {
      record("item.getInitializationContextAsync", [a]);
      const { options, callback } = optionsAndCallback<string>(a, b);
      complete("getInitializationContextAsync", options, callback, () => "");
    };
    if (shared && message.shared) {
      const props = message.shared;
      item.getSharedPropertiesAsync = (a?: unknown, b?: unknown) => {
        record("item.getSharedPropertiesAsync", [a]);
        const { options, callback } = optionsAndCallback<Office.SharedProperties>(a, b);
        complete(
          "getSharedPropertiesAsync",
          options,
          callback,
          () => ({ ...props }) as Office.SharedProperties,
        );
      };
    }
  }
  if (supports("Mailbox", "1.14")) {
    item.getAsFileAsync = (a?: unknown, b?: unknown) => {
      record("item.getAsFileAsync", [a]);
      const { options, callback } = optionsAndCallback<string>(a, b);
      complete("getAsFileAsync", options, callback, () => utf8Base64(toEml(message)));
    };
  }
  return { item: watched(item, "item"), state };
}

// ---------------------------------------------------------------------------------------------
// Mailbox, context, Office

const initialKey = config.message === undefined ? "github-notification" : config.message;
if (initialKey !== null && !isMessageKey(initialKey)) {
  throw new Error(
    `fake office.js: unknown message "${String(initialKey)}"; known: ${Object.keys(MESSAGES).join(", ")}`,
  );
}
let current: { item: object; state: ItemState } | null = initialKey === null ? null : makeItem(initialKey);

const itemChangedHandlers: Array<(args: unknown) => void> = [];

const mailbox = watched(
  {
    get item() {
      return current ? current.item : null;
    },
    userProfile: {
      displayName: USER.displayName,
      emailAddress: USER.emailAddress,
      timeZone: "Eastern Standard Time",
      accountType: "enterprise",
    },
    diagnostics: { hostName: "OutlookWebApp", hostVersion: "20251107003.14", OWAView: "ThreeColumns" },
    ewsUrl: "https://outlook.office365.com/EWS/Exchange.asmx",
    restUrl: "https://outlook.office.com/api",
    addHandlerAsync(eventType: string, handler: (args: unknown) => void, a?: unknown, b?: unknown) {
      record("mailbox.addHandlerAsync", [eventType]);
      const { options, callback } = optionsAndCallback<void>(a, b);
      const unsupported =
        eventType === EventType.ItemChanged
          ? undefined
          : { name: "InvalidEventType", message: `The fake host has no event ${eventType}.`, code: 5001 };
      if (!unsupported) itemChangedHandlers.push(handler);
      complete("addHandlerAsync", options, callback, () => undefined, unsupported);
    },
    removeHandlerAsync(eventType: string, a?: unknown, b?: unknown) {
      record("mailbox.removeHandlerAsync", [eventType]);
      const { options, callback } = optionsAndCallback<void>(a, b);
      if (eventType === EventType.ItemChanged) itemChangedHandlers.length = 0;
      complete("removeHandlerAsync", options, callback, () => undefined);
    },
    convertToRestId(itemId: string, restVersion: string) {
      record("mailbox.convertToRestId", [itemId, restVersion]);
      return itemId.replace(/\//g, "-").replace(/\+/g, "_");
    },
    convertToEwsId(itemId: string, restVersion: string) {
      record("mailbox.convertToEwsId", [itemId, restVersion]);
      return itemId.replace(/-/g, "/").replace(/_/g, "+");
    },
    displayNewMessageForm(parameters: unknown) {
      record("mailbox.displayNewMessageForm", [parameters]);
    },
  },
  "mailbox",
);

const roaming = new Map<string, unknown>();
const roamingSettings = {
  get: (name: string) => roaming.get(name),
  set: (name: string, value: unknown) => void roaming.set(name, value),
  remove: (name: string) => void roaming.delete(name),
  saveAsync(a?: unknown, b?: unknown) {
    const { options, callback } = optionsAndCallback<void>(a, b);
    complete("roamingSettings.saveAsync", options, callback, () => undefined);
  },
};

const actions = new Map<string, (arg?: unknown) => void>();

const context = watched(
  {
    mailbox,
    roamingSettings,
    host: HostType.Outlook,
    platform,
    displayLanguage: config.displayLanguage ?? "en-US",
    contentLanguage: config.displayLanguage ?? "en-US",
    diagnostics: { host: HostType.Outlook, platform, version: "20251107003.14" },
    // The colours Outlook on the web reports for its light and dark themes.
    officeTheme:
      config.theme === "dark"
        ? {
            bodyBackgroundColor: "#292929",
            bodyForegroundColor: "#ffffff",
            controlBackgroundColor: "#3d3d3d",
            controlForegroundColor: "#ffffff",
            isDarkTheme: true,
          }
        : {
            bodyBackgroundColor: "#ffffff",
            bodyForegroundColor: "#242424",
            controlBackgroundColor: "#ffffff",
            controlForegroundColor: "#242424",
            isDarkTheme: false,
          },
    requirements: {
      isSetSupported(name: string, minVersion?: string | number) {
        return supports(name, minVersion);
      },
    },
  },
  "context",
);

type ReadyInfo = { host: string; platform: string };
let resolveReady: (info: ReadyInfo) => void = () => undefined;
const ready = new Promise<ReadyInfo>((resolve) => {
  resolveReady = resolve;
});
const readyInfo: ReadyInfo = { host: HostType.Outlook, platform };

const office = {
  HostType,
  PlatformType,
  AsyncResultStatus,
  CoercionType,
  EventType,
  MailboxEnums,
  context,
  initialize: undefined as undefined | ((reason: string) => void),
  actions: {
    associate(actionId: string, fn: (arg?: unknown) => void) {
      record("actions.associate", [actionId]);
      actions.set(actionId, fn);
    },
  },
  onReady(callback?: (info: ReadyInfo) => unknown) {
    record("onReady", []);
    return ready.then((info) => {
      if (callback) callback(info);
      return info;
    });
  },
};

/** office.js exposes OfficeRuntime.storage in browser runtimes too; the pane may keep its outbox there. */
const runtimeStore = new Map<string, string>();
const officeRuntime = {
  storage: {
    async getItem(key: string) {
      return runtimeStore.get(key) ?? null;
    },
    async setItem(key: string, value: string) {
      runtimeStore.set(key, String(value));
    },
    async removeItem(key: string) {
      runtimeStore.delete(key);
    },
    async getItems(keys: string[]) {
      return Object.fromEntries(keys.map((k) => [k, runtimeStore.get(k) ?? null]));
    },
    async setItems(items: Record<string, string>) {
      for (const [k, v] of Object.entries(items)) runtimeStore.set(k, String(v));
    },
    async removeItems(keys: string[]) {
      for (const k of keys) runtimeStore.delete(k);
    },
    async getKeys() {
      return [...runtimeStore.keys()];
    },
  },
};

const host: FakeHost = {
  selectMessage(key) {
    if (key !== null && !isMessageKey(key))
      throw new Error(`fake office.js: unknown message "${String(key)}"`);
    current = key === null ? null : makeItem(key);
    // The event itself comes at once; only API callbacks wait `delayMs`.
    for (const handler of [...itemChangedHandlers])
      setTimeout(() => handler({ type: EventType.ItemChanged }), 0);
  },
  calls,
  missing,
  notifications: () => Object.fromEntries(current ? current.state.notifications : []),
  actionNames: () => [...actions.keys()],
  invokeAction(name, event) {
    const fn = actions.get(name);
    if (!fn) return false;
    fn(event);
    return true;
  },
  itemChangedHandlers: () => itemChangedHandlers.length,
};

Object.assign(window, {
  Office: watched(office, "Office"),
  OfficeRuntime: officeRuntime,
  __CG_FAKE_HOST__: host,
});

// Like office.js: initialise once the document is parsed, then call Office.initialize and resolve onReady.
function start(): void {
  setTimeout(() => {
    if (typeof office.initialize === "function") office.initialize("");
    resolveReady(readyInfo);
  }, 0);
}
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start, { once: true });
else start();
