/**
 * Just enough header parsing for the Office adapter: unfolding, lookup by name, and the address
 * headers Office.js does not expose in read mode (Reply-To, Return-Path). Full header analysis
 * (Authentication-Results, Received chain, RFC 2047) belongs to engine/headers.
 */
import { addressParser } from "postal-mime";
import type { Mailbox } from "../engine";

export interface HeaderField {
  /** As written (case preserved). */
  name: string;
  /** Unfolded and trimmed. */
  value: string;
}

function isFieldName(name: string): boolean {
  if (name.length === 0) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    // RFC 5322 ftext: printable US-ASCII except ":" (and so no space).
    if (c < 33 || c > 126 || c === 58) return false;
  }
  return true;
}

/**
 * Splits a raw header block into fields (RFC 5322 §2.2.3): a line that starts with a space or a tab
 * continues the previous field. Stops at the first empty line after a field, where a body would begin.
 * Lines that are neither fields nor continuations (an mbox "From " line, junk) are skipped.
 */
export function unfoldHeaders(raw: string): HeaderField[] {
  const fields: HeaderField[] = [];
  let current: HeaderField | undefined;
  for (const line of raw.split(/\r\n|\n|\r/)) {
    if (line === "") {
      if (fields.length > 0) break;
      continue;
    }
    const first = line.charCodeAt(0);
    if (first === 0x20 || first === 0x09) {
      // Unfolding removes only the line break; the leading white space stays.
      if (current) current.value += line;
      continue;
    }
    const colon = line.indexOf(":");
    const name = colon > 0 ? line.slice(0, colon).replace(/[ \t]+$/, "") : "";
    if (!isFieldName(name)) {
      current = undefined;
      continue;
    }
    current = { name, value: line.slice(colon + 1) };
    fields.push(current);
  }
  for (const field of fields) field.value = field.value.trim();
  return fields;
}

/** Every value of a header, in order, matched case-insensitively. */
export function headerValues(fields: readonly HeaderField[], name: string): string[] {
  const wanted = name.toLowerCase();
  return fields.filter((f) => f.name.toLowerCase() === wanted).map((f) => f.value);
}

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
  const fields = unfoldHeaders(raw);
  if (fields.length > 0 && fields.every((f) => f.name.toLowerCase() === "subject")) {
    return { usable: false, reason: "subject-only" };
  }
  if (!fields.some((f) => CORE_HEADERS.includes(f.name.toLowerCase()))) {
    return { usable: false, reason: "no-transport-headers" };
  }
  return { usable: true, fields };
}

/** Parses an address-list header value (RFC 2047 names decoded, groups flattened). */
export function parseAddressList(value: string): Mailbox[] {
  const out: Mailbox[] = [];
  for (const entry of addressParser(value, { flatten: true })) {
    const members = entry.group ?? [entry];
    for (const m of members) {
      const address = (m.address ?? "").trim();
      const name = (m.name ?? "").trim();
      if (address !== "" || name !== "") out.push({ name, address });
    }
  }
  return out;
}

/** Reply-To addresses from every Reply-To field (more than one field is itself unusual, so keep all). */
export function replyToFrom(fields: readonly HeaderField[]): Mailbox[] {
  const out: Mailbox[] = [];
  for (const value of headerValues(fields, "reply-to")) out.push(...parseAddressList(value));
  return out;
}

/**
 * The envelope sender from the topmost Return-Path (the one the final delivery added), without
 * angle brackets; undefined for the null path `<>` or when absent.
 */
export function returnPathFrom(fields: readonly HeaderField[]): string | undefined {
  const value = headerValues(fields, "return-path")[0];
  if (value === undefined) return undefined;
  const parsed = parseAddressList(value).find((m) => m.address !== "");
  if (parsed) return parsed.address;
  const bare = value.replace(/^<|>$/g, "").trim();
  return bare.includes("@") ? bare : undefined;
}
