/** The open message as Base64 EML (getAsFileAsync, Mailbox 1.14), or why it is not available. */
import { TimeoutError, officeCall } from "./officeCall";
import type { ReadItem, Requirements } from "./readSnapshot";

/**
 * getAsFileAsync's own deadline, much longer than other Office calls': a large message (attachments
 * of tens of MB) takes a while to export, and cutting it off would lose the copy the security team
 * needs. Still well inside the Report button's five minutes.
 */
export const EML_TIMEOUT_MS = 150_000;

export type EmlResult = { base64: string } | { unavailable: string };

export async function readEml(
  item: ReadItem,
  requirements: Requirements,
  options: { timeoutMs?: number } = {},
): Promise<EmlResult> {
  let supported = false;
  let get: ReadItem["getAsFileAsync"];
  try {
    supported = requirements.isSetSupported("Mailbox", "1.14");
    get = item.getAsFileAsync;
  } catch {
    supported = false;
  }
  if (!supported || typeof get !== "function") {
    return { unavailable: "This version of Outlook cannot export the message file (it needs Mailbox 1.14)." };
  }
  const getAsFile = get;
  try {
    const base64 = await officeCall<string>(
      "getAsFileAsync",
      (callback) => getAsFile.call(item, callback),
      options.timeoutMs ?? EML_TIMEOUT_MS,
    );
    if (typeof base64 !== "string" || base64.trim() === "") {
      return { unavailable: "Outlook returned an empty message file." };
    }
    return { base64 };
  } catch (error) {
    if (error instanceof TimeoutError)
      return { unavailable: "Outlook did not export the message file in time." };
    const message = error instanceof Error ? error.message : String(error);
    return { unavailable: `Outlook could not export the message file (${message}).` };
  }
}
