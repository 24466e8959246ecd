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
