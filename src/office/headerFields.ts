/**
 * The header work of the Office adapter: deciding whether Office returned a real header block, and
 * the address headers Office.js does not expose in read mode (Reply-To, Return-Path; From as a
 * fallback). Parsing belongs to engine/headers; this maps its results onto snapshot fields.
 */
import type { Mailbox } from "../engine";
import { parseAddressList, parseHeaderBlock, type HeaderField } from "../engine";

export type HeaderAssessment =
  | { usable: true; fields: HeaderField[] }
  | { usable: false; reason: "empty" | "subject-only" | "no-transport-headers" };

/** Headers that prove a real header block: a delivered message always has at least one of these. */
const CORE_HEADERS = ["received", "from", "date"];

/**
 * Decides whether what Office returned is a real header block. Empty strings (items in Sent Items),
 * a lone Subject (a new-Outlook bug, office-js#4109) or anything without Received/From/Date are
 * "headers unavailable", which the engine reports as an incomplete check, never as "safe".
 */
export function assessHeaders(raw: string | undefined | null): HeaderAssessment {
  if (typeof raw !== "string" || raw.trim() === "") return { usable: false, reason: "empty" };
  const fields = parseHeaderBlock(raw);
  if (fields.length > 0 && fields.every((f) => f.key === "subject")) {
    return { usable: false, reason: "subject-only" };
  }
  if (!fields.some((f) => CORE_HEADERS.includes(f.key))) {
    return { usable: false, reason: "no-transport-headers" };
  }
  return { usable: true, fields };
}

/**
 * Every address in every field with that name, topmost first, groups flattened. Parsed from the raw
 * value, so that an encoded `<`, `,` or `"` in a display name cannot change the structure.
 */
export function mailboxes(fields: readonly HeaderField[], name: string): Mailbox[] {
  const key = name.toLowerCase();
  const out: Mailbox[] = [];
  for (const field of fields) {
    if (field.key !== key) continue;
    for (const { name, address } of parseAddressList(field.raw)) {
      if (address !== "" || name !== "") out.push({ name, address });
    }
  }
  return out;
}

/** Reply-To addresses from every Reply-To field (more than one field is itself unusual, so keep all). */
export function replyToFrom(fields: readonly HeaderField[]): Mailbox[] {
  return mailboxes(fields, "reply-to");
}

/**
 * The envelope sender from the topmost Return-Path (the one the final delivery added), without
 * angle brackets; undefined for the null path `<>`, for no address, or when absent.
 */
export function returnPathFrom(fields: readonly HeaderField[]): string | undefined {
  const field = fields.find((f) => f.key === "return-path");
  return field && parseAddressList(field.raw).find((a) => a.address.includes("@"))?.address;
}
