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
} from "../../src/office/testing/messages";
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
  const max =
    name.toLowerCase() === "mailbox"
      ? mailboxVersion
      : name === "NestedAppAuth" && config.identity?.naa
        ? "1.1"
        : config.requirementSets?.[name];
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

/** The message with the hostile additions the test asked for (FakeConfig.hostile). */
function hostile(message: FakeMessage): FakeMessage {
  const { links = 0, attachments = 0 } = config.hostile ?? {};
  if (links === 0 && attachments === 0) return message;
  const anchors = Array.from(
    { length: links },
    (_, i) => `<a href="https://host${i}.example${i % 97}.com/p">Story ${i}</a>`,
  );
  return {
    ...message,
    html: message.html + anchors.join("\n"),
    attachments: [
      ...message.attachments,
      ...Array.from({ length: attachments }, (_, i) => ({
        id: `hostile-${i + 1}`,
        name: `f${i + 1}.exe`,
        contentType: "application/octet-stream",
        size: 1024,
        isInline: false,
      })),
    ],
  };
}

function makeItem(key: MessageKey): { item: object; state: ItemState } {
  const message = hostile(config.replaceMessage ?? MESSAGES[key]);
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

// ---------------------------------------------------------------------------------------------
// Sign-in: the broker's side of nested app authentication, and the Office dialog

const dialogs: string[] = [];

function base64Url(value: object): string {
  return btoa(JSON.stringify(value)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
}

const ACCOUNT = {
  homeAccountId: "00000000-0000-0000-0000-0000000000aa.00000000-0000-0000-0000-0000000000bb",
  environment: "login.microsoftonline.com",
  tenantId: "00000000-0000-0000-0000-0000000000bb",
  localAccountId: "00000000-0000-0000-0000-0000000000aa",
  username: USER.emailAddress,
  name: USER.displayName,
};

function idToken(clientId: string): string {
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    aud: clientId,
    iss: `https://login.microsoftonline.com/${ACCOUNT.tenantId}/v2.0`,
    iat: now,
    nbf: now,
    exp: now + 3600,
    oid: ACCOUNT.localAccountId,
    tid: ACCOUNT.tenantId,
    sub: "fake-subject",
    preferred_username: ACCOUNT.username,
    name: ACCOUNT.name,
    ver: "2.0",
  };
  return `${base64Url({ alg: "none", typ: "JWT" })}.${base64Url(claims)}.`;
}

/** Asks the token endpoint (a local test peer) for a token, as Outlook's broker asks Entra ID. */
async function fetchToken(
  clientId: string,
  scope: string,
  interactive: boolean,
): Promise<
  { ok: true; token: string; expiresIn: number; scope: string } | { ok: false; status: number; error: string }
> {
  const tokenUrl = config.identity?.tokenUrl ?? "";
  try {
    const response = await fetch(tokenUrl, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        client_id: clientId,
        scope,
        grant_type: interactive ? "interactive" : "silent",
      }).toString(),
    });
    const json = (await response.json()) as Record<string, unknown>;
    if (response.ok)
      return {
        ok: true,
        token: String(json.access_token),
        expiresIn: Number(json.expires_in),
        scope: String(json.scope ?? scope),
      };
    return { ok: false, status: response.status, error: String(json.error ?? "error") };
  } catch (error) {
    return { ok: false, status: 0, error: String(error) };
  }
}

if (config.identity?.naa) {
  const listeners: Array<(message: string) => void> = [];
  const respond = (payload: object) =>
    setTimeout(() => {
      for (const listener of [...listeners]) listener(JSON.stringify(payload));
    }, 0);
  Object.assign(window, {
    nestedAppAuthBridge: {
      addEventListener(type: string, listener: (message: string) => void) {
        if (type === "message") listeners.push(listener);
      },
      removeEventListener(_type: string, listener: (message: string) => void) {
        const i = listeners.indexOf(listener);
        if (i >= 0) listeners.splice(i, 1);
      },
      postMessage(raw: string) {
        const request = JSON.parse(raw) as {
          method: string;
          requestId: string;
          tokenParams?: { clientId: string; scope: string };
        };
        record(`nestedAppAuthBridge.${request.method}`, [request.tokenParams?.scope ?? null]);
        const base = { messageType: "NestedAppAuthResponse", requestId: request.requestId };
        if (request.method === "GetInitContext") {
          respond({ ...base, success: true, initContext: { sdkName: "fake-outlook", sdkVersion: "1.0.0" } });
          return;
        }
        const params = request.tokenParams ?? { clientId: "", scope: "" };
        void fetchToken(params.clientId, params.scope, request.method === "GetTokenPopup").then((result) => {
          if (result.ok)
            respond({
              ...base,
              success: true,
              token: {
                access_token: result.token,
                expires_in: result.expiresIn,
                id_token: idToken(params.clientId),
                properties: null,
                scope: result.scope,
              },
              account: ACCOUNT,
            });
          else
            respond({
              ...base,
              success: false,
              error: {
                status:
                  result.error === "interaction_required"
                    ? "USER_INTERACTION_REQUIRED"
                    : result.status === 0
                      ? "NO_NETWORK"
                      : result.status >= 500
                        ? "TRANSIENT_ERROR"
                        : "PERSISTENT_ERROR",
                code: result.error,
                description: `token endpoint answered ${result.status}`,
              },
            });
        });
      },
    },
  });
}

const ui = {
  /** Stands in for auth-dialog.html: the "dialog" gets a token from the token endpoint and answers. */
  displayDialogAsync(url: string, a?: unknown, b?: unknown) {
    record("ui.displayDialogAsync", [url, a]);
    dialogs.push(url);
    const { options, callback } = optionsAndCallback<object>(a, b);
    const handlers = new Map<string, (arg: { message?: string; origin?: string; error?: number }) => void>();
    const dialog = {
      addEventHandler(type: string, handler: (arg: { message?: string }) => void) {
        handlers.set(type, handler);
      },
      close() {
        record("dialog.close", []);
      },
    };
    complete("ui.displayDialogAsync", options, callback, () => dialog);
    const params = new URL(url).searchParams;
    void fetchToken(params.get("clientId") ?? "", "Mail.Send", true).then((result) => {
      const message = result.ok
        ? { status: "success", accessToken: result.token, expiresOn: Date.now() + result.expiresIn * 1000 }
        : { status: "error", error: result.error };
      setTimeout(
        () =>
          handlers.get(EventType.DialogMessageReceived)?.({
            message: JSON.stringify(message),
            origin: new URL(url).origin,
          }),
        delayMs,
      );
    });
  },
  messageParent(message: string) {
    record("ui.messageParent", [message]);
  },
};

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
    ui,
    ...(config.javascriptRuntimeUrl ? { urls: { javascriptRuntimeUrl: config.javascriptRuntimeUrl } } : {}),
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
  dialogs,
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
