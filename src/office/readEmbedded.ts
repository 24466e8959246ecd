/**
 * The links hidden in an Outlook item's pictures and PDF attachments: each picture or PDF attachment
 * is fetched with `getAttachmentContentAsync` (Mailbox 1.8, base64 for file attachments), and the
 * body's `data:` pictures are read too; src/embedded decodes them. Files whose declared type and
 * name say neither picture nor PDF, or whose declared size is over the limits, are never fetched.
 * Never throws: a client without the API, a failing or silent call, or an undecodable file gives
 * no links.
 */
import type { EmbeddedLink } from "../engine";
import { base64ToBytes } from "../engine/text/encoding";
import { dataUriSources, EMBEDDED_LIMITS, scanEmbedded, type EmbeddedSource } from "../embedded/scan";
import { OFFICE_CALL_TIMEOUT_MS, officeCall } from "./officeCall";
import type { ReadItem, ReadOptions, Requirements } from "./readSnapshot";

/** Deadline for one attachment's content: a large PDF over a slow link may take a while, but not 15 s. */
export const ATTACHMENT_CALL_TIMEOUT_MS = 8_000;

/** Fetching is part of the budget here: time for the round trips, then for decoding. */
export const OUTLOOK_TIME_BUDGET_MS = 10_000;

function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");

export async function readEmbeddedLinks(
  item: ReadItem,
  requirements: Requirements,
  bodyHtml: string | undefined,
  options: ReadOptions = {},
): Promise<EmbeddedLink[]> {
  try {
    const sources: EmbeddedSource[] = [];
    const list = safely(() => item.attachments);
    const any = Array.isArray(list) && list.length > 0;
    const supported = any && safely(() => requirements.isSetSupported("Mailbox", "1.8")) === true;
    const get = supported ? safely(() => item.getAttachmentContentAsync) : undefined;
    const timeoutMs = Math.min(options.timeoutMs ?? OFFICE_CALL_TIMEOUT_MS, ATTACHMENT_CALL_TIMEOUT_MS);
    const maxBytes = Math.max(EMBEDDED_LIMITS.maxImageBytes, EMBEDDED_LIMITS.maxPdfBytes);
    if (supported && typeof get === "function" && Array.isArray(list)) {
      for (const a of list) {
        if (!a || typeof a !== "object") continue;
        const id = text(safely(() => a.id));
        // Item attachments (forwarded messages) and cloud links have no bytes to decode.
        const type = safely(() => a.attachmentType);
        if (id === "" || (type !== undefined && String(type).toLowerCase() !== "file")) continue;
        const size = safely(() => a.size);
        sources.push({
          name: text(safely(() => a.name)),
          contentType: text(safely(() => a.contentType)),
          size: typeof size === "number" && Number.isFinite(size) && size >= 0 ? size : -1,
          read: async () => {
            const content = await officeCall<Office.AttachmentContent>(
              "getAttachmentContentAsync",
              (callback) => get.call(item, id, callback),
              timeoutMs,
            );
            if (!content || String(content.format).toLowerCase() !== "base64") return undefined;
            return base64ToBytes(content.content, { maxBytes, whiteSpace: true });
          },
        });
      }
    }
    sources.push(...dataUriSources(bodyHtml));
    return await scanEmbedded(sources, { limits: { timeBudgetMs: OUTLOOK_TIME_BUDGET_MS } });
  } catch {
    return [];
  }
}
