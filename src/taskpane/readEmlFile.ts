import { EmlError, MAX_EML_BYTES, parseEml } from "../eml/parseEml";
import type { MessageSnapshot } from "../engine";

/** A chosen or dropped file; `File` satisfies it. */
export interface EmlFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

const MB = 1024 * 1024;

/** Reads an .eml file into a snapshot. Too-large files are refused before any byte is read. */
export async function readEmlFile(file: EmlFile): Promise<MessageSnapshot> {
  if (file.size > MAX_EML_BYTES) {
    throw new EmlError(
      `The file is ${(file.size / MB).toFixed(1)} MB; CampaignGuard analyses messages up to ${MAX_EML_BYTES / MB} MB.`,
    );
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return await parseEml(bytes);
  } catch (error) {
    if (error instanceof EmlError && /\.msg$/i.test(file.name)) {
      throw new EmlError(
        "This is an Outlook .msg file, which CampaignGuard cannot read. Save the message as .eml instead (see below).",
      );
    }
    throw error;
  }
}
