/**
 * Office.js read-mode item → MessageSnapshot. Every field is read on its own: a property or call that
 * fails (old client, shared folder, new-Outlook bug, a callback that never comes) leaves that field
 * empty and never fails the snapshot. Missing headers stay `undefined` ("unavailable"), never "safe".
 */
import {
  emptySnapshot,
  type AttachmentInfo,
  type EmbeddedLink,
  type Mailbox,
  type MessageSnapshot,
} from "../engine";
import { assessHeaders, mailboxes, replyToFrom, returnPathFrom } from "./headerFields";
import { OFFICE_CALL_TIMEOUT_MS, officeCall } from "./officeCall";

/** `Office.context.requirements`, or any stand-in with the same check. */
export interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

type AddressDetails = Pick<Office.EmailAddressDetails, "displayName" | "emailAddress">;
type AttachmentLike = Pick<Office.AttachmentDetails, "name" | "contentType" | "size" | "isInline"> &
  Partial<Pick<Office.AttachmentDetails, "id" | "attachmentType">>;

/**
 * The part of a read-mode message that CampaignGuard reads. `Office.MessageRead` satisfies it; every
 * member is optional because clients differ (and tests can build it without casts).
 */
export interface ReadItem {
  from?: AddressDetails | null;
  sender?: AddressDetails | null;
  to?: readonly AddressDetails[] | null;
  cc?: readonly AddressDetails[] | null;
  subject?: string | null;
  internetMessageId?: string | null;
  dateTimeCreated?: Date | null;
  attachments?: readonly AttachmentLike[] | null;
  body?: Pick<Office.Body, "getAsync"> | null;
  /** Mailbox 1.8. */
  getAllInternetHeadersAsync?: Office.MessageRead["getAllInternetHeadersAsync"];
  /** Mailbox 1.8; present (and succeeding) only for items in shared folders or shared mailboxes. */
  getSharedPropertiesAsync?: Office.MessageRead["getSharedPropertiesAsync"];
  /** Mailbox 1.14. */
  getAsFileAsync?: Office.MessageRead["getAsFileAsync"];
  /** Mailbox 1.8: an attachment's content, base64 for file attachments. */
  getAttachmentContentAsync?: Office.MessageRead["getAttachmentContentAsync"];
}

export interface ReadOptions {
  /** Deadline for each Office.js call; default 15 s. */
  timeoutMs?: number;
  /**
   * Finds the links hidden in the item's pictures and PDF attachments (readEmbeddedLinks, given the
   * body's HTML once read). Injected rather than imported, so a bundle that reads snapshots without
   * it (the Report button's) never carries the decoders. A failure means no embedded links.
   */
  readEmbedded?: (item: ReadItem, bodyHtml: string | undefined) => Promise<EmbeddedLink[]>;
}

/** Where the item lives; kept apart from the snapshot, which describes the message only. */
export interface ItemContext {
  /** The item is in a shared folder (delegate access) or a shared mailbox. */
  shared: boolean;
  /** The owner's address, when Office gives it. */
  owner?: string;
}

/** Reads a property that may throw (some hosts implement item properties as getters). */
function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

function text(value: unknown): string {
  return typeof value === "string" ? value.trim() : "";
}

function toMailbox(details: AddressDetails | null | undefined): Mailbox | undefined {
  if (!details || typeof details !== "object") return undefined;
  const address = text(details.emailAddress);
  const name = text(details.displayName);
  return address === "" && name === "" ? undefined : { name, address };
}

function toMailboxes(list: readonly AddressDetails[] | null | undefined): Mailbox[] {
  if (!Array.isArray(list)) return [];
  const out: Mailbox[] = [];
  for (const details of list as readonly AddressDetails[]) {
    const mailbox = toMailbox(details);
    if (mailbox) out.push(mailbox);
  }
  return out;
}

function toAttachments(list: readonly AttachmentLike[] | null | undefined): AttachmentInfo[] {
  if (!Array.isArray(list)) return [];
  return (list as readonly AttachmentLike[])
    .filter((a) => a && typeof a === "object")
    .map((a) => ({
      name: text(a.name),
      contentType: text(a.contentType),
      size: typeof a.size === "number" && Number.isFinite(a.size) && a.size >= 0 ? a.size : -1,
      inline: a.isInline === true,
      ...(a.attachmentType === "item" || a.attachmentType === "cloud" ? { kind: a.attachmentType } : {}),
    }));
}

function isoDate(value: unknown): string | undefined {
  // Not `instanceof Date`: the host may hand over a Date from another realm.
  if (Object.prototype.toString.call(value) !== "[object Date]") return undefined;
  const date = value as Date;
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/**
 * The raw header block, or undefined when this client cannot give a real one: no Mailbox 1.8, an
 * error, a timeout, an empty string, a lone Subject, or no Received/From/Date header.
 */
export async function readRawHeaders(
  item: ReadItem,
  requirements: Requirements,
  options: ReadOptions = {},
): Promise<string | undefined> {
  const supported = safely(() => requirements.isSetSupported("Mailbox", "1.8")) === true;
  const get = safely(() => item.getAllInternetHeadersAsync);
  if (!supported || typeof get !== "function") return undefined;
  try {
    const raw = await officeCall<string>(
      "getAllInternetHeadersAsync",
      (callback) => get.call(item, callback),
      options.timeoutMs ?? OFFICE_CALL_TIMEOUT_MS,
    );
    return assessHeaders(raw).usable ? raw : undefined;
  } catch {
    return undefined;
  }
}

/** The body as HTML; as text when HTML fails; nothing when both fail. */
export async function readBody(
  item: ReadItem,
  options: ReadOptions = {},
): Promise<{ bodyHtml?: string; bodyText?: string }> {
  const body = safely(() => item.body);
  if (!body || typeof body.getAsync !== "function") return {};
  const timeoutMs = options.timeoutMs ?? OFFICE_CALL_TIMEOUT_MS;
  const get = (kind: "Html" | "Text") =>
    officeCall<string>(
      `body.getAsync(${kind.toLowerCase()})`,
      (callback) => body.getAsync(Office.CoercionType[kind], callback),
      timeoutMs,
    ).then((value) => {
      if (typeof value !== "string") throw new Error("body.getAsync returned no text");
      return value;
    });
  try {
    return { bodyHtml: await get("Html") };
  } catch {
    // fall through to plain text
  }
  try {
    return { bodyText: await get("Text") };
  } catch {
    return {};
  }
}

/** Reads the open message into a snapshot (`source: "outlook"`). Throws only when there is no item. */
export async function readSnapshot(
  item: ReadItem | null | undefined,
  requirements: Requirements,
  options: ReadOptions = {},
): Promise<MessageSnapshot> {
  if (!item || typeof item !== "object") throw new Error("No message is open.");
  const reading = readBody(item, options);
  const readEmbedded = options.readEmbedded;
  const [rawHeaders, body, embeddedLinks] = await Promise.all([
    readRawHeaders(item, requirements, options),
    reading,
    readEmbedded
      ? reading.then((b) => readEmbedded(item, b.bodyHtml)).catch((): EmbeddedLink[] => [])
      : Promise.resolve([]),
  ]);
  const fields = rawHeaders !== undefined ? assessFields(rawHeaders) : [];
  const snapshot = emptySnapshot("outlook");
  const from = toMailbox(safely(() => item.from)) ?? fallbackFrom(fields);
  const messageId = text(safely(() => item.internetMessageId));
  const subject = safely(() => item.subject);
  return {
    ...snapshot,
    rawHeaders,
    from,
    sender: distinctSender(toMailbox(safely(() => item.sender)), from),
    replyTo: safely(() => replyToFrom(fields)) ?? [],
    returnPath: safely(() => returnPathFrom(fields)),
    to: toMailboxes(safely(() => item.to)),
    cc: toMailboxes(safely(() => item.cc)),
    subject: typeof subject === "string" ? subject : "",
    ...body,
    attachments: toAttachments(safely(() => item.attachments)),
    ...(Array.isArray(embeddedLinks) && embeddedLinks.length > 0 ? { embeddedLinks } : {}),
    internetMessageId: messageId === "" ? undefined : messageId,
    receivedAt: isoDate(safely(() => item.dateTimeCreated)),
  };
}

/** Outlook fills `sender` with the From address when the message has no Sender header: keep only a real one. */
function distinctSender(sender: Mailbox | undefined, from: Mailbox | undefined): Mailbox | undefined {
  if (!sender || (from && sender.address.toLowerCase() === from.address.toLowerCase())) return undefined;
  return sender;
}

function assessFields(raw: string) {
  const assessed = assessHeaders(raw);
  return assessed.usable ? assessed.fields : [];
}

/** Office normally gives `from`; if a client leaves it out, the From header still names the sender. */
function fallbackFrom(fields: ReturnType<typeof assessFields>): Mailbox | undefined {
  return safely(() => mailboxes(fields, "from")[0]);
}

/**
 * Whether the item is in a shared folder or shared mailbox. Only asks when the client has
 * `getSharedPropertiesAsync`; a failure means "not shared" (that is how Office answers for own items).
 */
export async function readItemContext(
  item: ReadItem | null | undefined,
  options: ReadOptions = {},
): Promise<ItemContext> {
  const get = item ? safely(() => item.getSharedPropertiesAsync) : undefined;
  if (!item || typeof get !== "function") return { shared: false };
  try {
    const props = await officeCall<Office.SharedProperties>(
      "getSharedPropertiesAsync",
      (callback) => get.call(item, callback),
      options.timeoutMs ?? OFFICE_CALL_TIMEOUT_MS,
    );
    const owner = text(props?.owner);
    return owner === "" ? { shared: true } : { shared: true, owner };
  } catch {
    return { shared: false };
  }
}
