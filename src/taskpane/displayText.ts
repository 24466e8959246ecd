import type { Mailbox } from "../engine";

/**
 * Invisible characters that can reorder or hide text (bidi overrides, zero-width spaces, BOM). Shown as
 * visible code points so that a crafted name or domain cannot disguise itself. Zero-width joiners are
 * left alone: scripts and emoji need them.
 */
const HIDDEN = /[\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

/** Longer values are cut so that one huge header cannot flood the pane. */
export const MAX_SHOWN_CHARS = 2000;

function codePoint(char: string): string {
  return `[U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}]`;
}

/** A message-derived string made fit for display as React text: hidden characters revealed, length capped. */
export function displayText(text: string): string {
  const shown = text.replace(HIDDEN, codePoint);
  if (shown.length <= MAX_SHOWN_CHARS) return shown;
  let end = MAX_SHOWN_CHARS;
  const last = shown.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${shown.slice(0, end)}… (${shown.length - end} more characters)`;
}

/** "listedDomain" → "Listed domain", "return_path" → "Return path". */
export function humanizeKey(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "Name <address>", or the address alone; "(none)" when the message has no such mailbox. */
export function formatMailbox(mailbox: Mailbox | undefined): string {
  if (!mailbox || (mailbox.name === "" && mailbox.address === "")) return "(none)";
  if (mailbox.name === "") return displayText(mailbox.address);
  return displayText(`${mailbox.name} <${mailbox.address}>`);
}

/** A one-line reason for anything thrown: Errors, Office.Error-like objects, strings; else `fallback`. */
export function errorMessage(error: unknown, fallback = "an unknown error occurred."): string {
  let message = "";
  if (error instanceof Error) message = error.message;
  else if (typeof error === "string") message = error;
  else if (
    typeof error === "object" &&
    error !== null &&
    typeof (error as { message?: unknown }).message === "string"
  ) {
    message = (error as { message: string }).message;
  }
  message = message.trim();
  return message === "" ? fallback : message;
}
