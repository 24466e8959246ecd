/** The one input of the engine: everything known about a message, from Outlook, an .eml or pasted headers. */

export interface Mailbox {
  /** Display name as shown to the user (decoded), may be empty. */
  name: string;
  /** The address exactly as given (may be malformed). */
  address: string;
}

export interface AttachmentInfo {
  name: string;
  contentType: string;
  /** Bytes; -1 when unknown. */
  size: number;
  inline: boolean;
  /**
   * "item": a whole message attached (an Outlook item attachment, or message/rfc822 in a file);
   * "cloud": a link to a file in cloud storage; "file" or absent: an ordinary file.
   */
  kind?: "file" | "item" | "cloud";
}

/**
 * A link the body does not show: decoded by an adapter from a QR code in an image (inline, attached,
 * or inside a PDF attachment), or read from a link action of a PDF attachment.
 */
export interface EmbeddedLink {
  /** The URL as decoded, trimmed; never relative. */
  href: string;
  /** "qr": a QR code in an image; "pdf": a link action (`/URI`) of a PDF attachment. */
  source: "qr" | "pdf";
  /** The image or PDF file it came from ("image001.png", "invoice.pdf"), as the message names it. */
  container: string;
}

export interface MessageSnapshot {
  /**
   * The raw internet header block. `undefined` means the client could not give headers (old
   * Outlook, new-Outlook bug returning only a subject); the engine must not treat that as "safe".
   */
  rawHeaders?: string;
  from?: Mailbox;
  sender?: Mailbox;
  replyTo: Mailbox[];
  /** Envelope sender (Return-Path) when known. */
  returnPath?: string;
  to: Mailbox[];
  cc: Mailbox[];
  subject: string;
  bodyHtml?: string;
  bodyText?: string;
  attachments: AttachmentInfo[];
  /**
   * Links hidden in images and PDF attachments, found by the adapter where it had the bytes;
   * absent when nothing was decoded (or the adapter cannot read attachment content).
   */
  embeddedLinks?: EmbeddedLink[];
  internetMessageId?: string;
  /** ISO-8601 when known. */
  receivedAt?: string;
  /** Where the snapshot came from, for wording only ("outlook" | "eml" | "headers"). */
  source: "outlook" | "eml" | "headers";
}

/** A snapshot with every optional list present and nothing else: a starting point for adapters. */
export function emptySnapshot(source: MessageSnapshot["source"]): MessageSnapshot {
  return { replyTo: [], to: [], cc: [], subject: "", attachments: [], source };
}
