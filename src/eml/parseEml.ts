import PostalMime, { type Address, type Attachment, type Email } from "postal-mime";
import { emptySnapshot, type EmbeddedLink, type Mailbox, type MessageSnapshot } from "../engine";
import { dataUriSources, scanEmbedded, type EmbeddedSource } from "../embedded/scan";

/** Larger files are refused with a clear message instead of freezing a browser tab. */
export const MAX_EML_BYTES = 40 * 1024 * 1024;

/** Why a file cannot be analysed; faces with their own words (the pane, in every language) use this. */
export type EmlProblem = "empty" | "too-large" | "no-headers" | "binary" | "unreadable" | "msg";

/** A file that cannot be analysed; the message is written, in English, for the person who chose it. */
export class EmlError extends Error {
  constructor(
    readonly problem: EmlProblem,
    message: string,
    /** The file's size, for "too-large". */
    readonly bytes?: number,
  ) {
    super(message);
  }
}

const MB = 1024 * 1024;

/** The one size check of a message, wherever it comes from (pane, standalone page, CLI, eval). */
function checkSize(bytes: number): void {
  if (bytes <= MAX_EML_BYTES) return;
  throw new EmlError(
    "too-large",
    `The file is ${(bytes / MB).toFixed(1)} MB; CampaignGuard analyses messages up to ${MAX_EML_BYTES / MB} MB.`,
    bytes,
  );
}

/** A file not read yet: parseEml refuses one too large before reading a byte of it. */
export interface EmlSource {
  size: number;
  read(): Promise<Uint8Array>;
}

const SNIFF_BYTES = 4096;

function isMostlyText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return false;
    if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) control++;
  }
  return control <= n * 0.02;
}

/** Skips an mbox "From " separator line, which is not a header. */
function skipMboxLine(bytes: Uint8Array): Uint8Array {
  const isFromLine =
    bytes[0] === 0x46 && bytes[1] === 0x72 && bytes[2] === 0x6f && bytes[3] === 0x6d && bytes[4] === 0x20;
  if (!isFromLine) return bytes;
  const eol = bytes.indexOf(0x0a);
  return eol < 0 ? new Uint8Array(0) : bytes.subarray(eol + 1);
}

/** Where a header block's line endings are looked at. */
const LINE_END_SNIFF = 64 * 1024;

/**
 * Old Mac mail and some phishing kits end lines with a bare CR. Mail clients read those as line
 * breaks; postal-mime does not, and the From is lost. Such files get CRLF everywhere a CR stands alone.
 */
function normalizeLineEnds(bytes: Uint8Array): Uint8Array {
  const n = Math.min(bytes.length, LINE_END_SNIFF);
  let lone = false;
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) {
      lone = true;
      break;
    }
  }
  if (!lone) return bytes;
  let extra = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) extra++;
  const out = new Uint8Array(bytes.length + extra);
  let j = 0;
  for (let i = 0; i < bytes.length; i++) {
    out[j++] = bytes[i];
    if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) out[j++] = 0x0a;
  }
  return out;
}

/** The header block: everything before the first empty line. */
function headerBlock(bytes: Uint8Array): string {
  const text = new TextDecoder("utf-8").decode(bytes.subarray(0, Math.min(bytes.length, 1024 * 1024)));
  const lf = text.indexOf("\n\n");
  const crlf = text.indexOf("\r\n\r\n");
  const ends = [lf, crlf].filter((i) => i >= 0);
  return ends.length > 0 ? text.slice(0, Math.min(...ends)) : text;
}

const HEADER_NAMES = [
  "from",
  "to",
  "subject",
  "date",
  "received",
  "message-id",
  "return-path",
  "mime-version",
];

function looksLikeHeaders(block: string): boolean {
  const eol = block.indexOf("\n");
  const firstLine = eol < 0 ? block : block.slice(0, eol);
  const colon = firstLine.indexOf(":");
  if (colon <= 0) return false;
  for (let i = 0; i < colon; i++) {
    const c = firstLine.charCodeAt(i);
    if (c < 0x21 || c > 0x7e) return false;
  }
  const lower = block.toLowerCase();
  return HEADER_NAMES.some((name) => lower.startsWith(`${name}:`) || lower.includes(`\n${name}:`));
}

function mailboxes(list: Address[] | undefined): Mailbox[] {
  const out: Mailbox[] = [];
  for (const a of list ?? []) {
    if (a.group) out.push(...a.group.map((m) => ({ name: m.name, address: m.address })));
    else out.push({ name: a.name, address: a.address });
  }
  return out;
}

function firstMailbox(a: Address | undefined): Mailbox | undefined {
  return mailboxes(a ? [a] : [])[0];
}

function byteLength(content: Attachment["content"]): number {
  if (typeof content === "string") return content.length;
  return content.byteLength;
}

export interface ParseOptions {
  /**
   * Look for links in pictures (QR codes) and PDF attachments; default true. Off, the snapshot has
   * no `embeddedLinks` and the decoders are never loaded.
   */
  embedded?: boolean;
}

/** QR codes in the pictures and links in the PDFs of the message; nothing when none is decoded. */
async function embeddedLinksOf(email: Email): Promise<EmbeddedLink[]> {
  const sources: EmbeddedSource[] = email.attachments.map((a) => ({
    name: a.filename ?? "",
    contentType: a.mimeType,
    size: byteLength(a.content),
    read: () => (typeof a.content === "string" ? undefined : new Uint8Array(a.content)),
  }));
  sources.push(...dataUriSources(email.html));
  return scanEmbedded(sources, { sniffAll: true });
}

/** Builds a MessageSnapshot from an .eml file (RFC 5322) or its bytes, or throws EmlError. */
export async function parseEml(
  file: Uint8Array | EmlSource,
  options: ParseOptions = {},
): Promise<MessageSnapshot> {
  // ArrayBuffer.isView, not instanceof: bytes made in another realm (a frame, jsdom's TextEncoder) are bytes too.
  const bytesGiven = ArrayBuffer.isView(file);
  if (!bytesGiven) checkSize(file.size);
  const input = bytesGiven ? file : await file.read();
  if (input.length === 0) throw new EmlError("empty", "The file is empty.");
  checkSize(input.length);
  const bytes = skipMboxLine(normalizeLineEnds(input));
  const rawHeaders = headerBlock(bytes);
  if (!looksLikeHeaders(rawHeaders)) {
    // Real mail may carry stray control bytes, so binary content only explains a file without headers.
    throw isMostlyText(bytes)
      ? new EmlError(
          "no-headers",
          "This is not an email message: no email headers (From, To, Subject, Date…) were found.",
        )
      : new EmlError("binary", "This is not an email message: the file contains binary data.");
  }
  let email: Email;
  try {
    email = await PostalMime.parse(bytes, { attachmentEncoding: "arraybuffer" });
  } catch (error) {
    throw new EmlError("unreadable", `The message could not be read: ${(error as Error).message}`);
  }
  const snapshot = emptySnapshot("eml");
  const date = email.date ? new Date(email.date) : undefined;
  const embeddedLinks = options.embedded === false ? [] : await embeddedLinksOf(email);
  return {
    ...snapshot,
    rawHeaders,
    from: firstMailbox(email.from),
    sender: firstMailbox(email.sender),
    replyTo: mailboxes(email.replyTo),
    returnPath: email.returnPath?.replace(/^<|>$/g, "") || undefined,
    to: mailboxes(email.to),
    cc: mailboxes(email.cc),
    subject: email.subject ?? "",
    bodyHtml: email.html,
    bodyText: email.text,
    attachments: email.attachments.map((a) => ({
      name: a.filename ?? "",
      contentType: a.mimeType,
      size: byteLength(a.content),
      inline: a.disposition === "inline",
    })),
    ...(embeddedLinks.length > 0 ? { embeddedLinks } : {}),
    internetMessageId: email.messageId,
    receivedAt: date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined,
  };
}
