import { EmlError, parseEml } from "../eml/parseEml";
import type { MessageSnapshot } from "../engine";

/** A chosen or dropped file; `File` satisfies it. */
export interface EmlFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Reads an .eml file into a snapshot. Too-large files are refused before any byte is read. */
export async function readEmlFile(file: EmlFile): Promise<MessageSnapshot> {
  try {
    return await parseEml({ size: file.size, read: async () => new Uint8Array(await file.arrayBuffer()) });
  } catch (error) {
    if (error instanceof EmlError && /\.msg$/i.test(file.name)) {
      throw new EmlError(
        "msg",
        "This is an Outlook .msg file, which CampaignGuard cannot read. Save the message as .eml instead.",
      );
    }
    throw error;
  }
}

/**
 * Pasted internet headers, read as a message without a body: its sender, Reply-To, Return-Path,
 * authentication and route are checked; links and attachments are not there to check.
 */
export async function readPastedHeaders(text: string): Promise<MessageSnapshot> {
  // A blank line ends the header block; anything pasted after it is not headers.
  const headers = text.replace(/^\s+/, "").split(/\r?\n[ \t]*\r?\n/, 1)[0] ?? "";
  const snapshot = await parseEml(new TextEncoder().encode(`${headers}\r\n\r\n`), { embedded: false });
  return { ...snapshot, source: "headers", bodyHtml: undefined, bodyText: undefined };
}
