/**
 * Splits a raw header block into fields (RFC 5322 §2.2): unfolding, lookup by name, and RFC 2047
 * decoding of each value. Tolerant of pasted headers the way MHA is: text before the first field is
 * skipped, and a line that is not a field after one continues it (pasting often loses indentation).
 */
import { decodeEncodedWords } from "./encodedWords";

export interface HeaderField {
  /** As written. */
  name: string;
  /** Lower-case name. */
  key: string;
  /** Unfolded value: line breaks removed, the white space after them kept; trimmed of spaces and tabs. */
  raw: string;
  /**
   * `raw` with RFC 2047 encoded words decoded (NUL, CR, LF from decoding kept). For display and
   * text rules; parse address fields from `raw`, since a decoded `<` or `,` would change the structure.
   */
  value: string;
}

/**
 * Where a field name ends: letters, digits, `-`, `_`, `.` (MHA's set; real names use no other ftext),
 * starting with a letter so that a pasted line like `16:20:05 +0000` or `2603:10b6::27` stays a continuation.
 * Space or tab before the colon is obsolete syntax (RFC 5322 §4.5) and accepted. -1 when not a field.
 */
function nameEnd(line: string): number {
  const first = line.charCodeAt(0) | 0x20;
  if (first < 97 || first > 122) return -1;
  let i = 1;
  for (; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const lower = c | 0x20;
    const nameChar =
      (lower >= 97 && lower <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 95 || c === 46;
    if (!nameChar) break;
  }
  let colon = i;
  while (line.charCodeAt(colon) === 32 || line.charCodeAt(colon) === 9) colon++;
  return line.charCodeAt(colon) === 58 ? i : -1;
}

function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
  while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  return text.slice(start, end);
}

/** Fields in order (topmost first). CRLF, LF or CR line ends; stops at the first empty line after a field. */
export function parseHeaderBlock(block: string): HeaderField[] {
  const fields: HeaderField[] = [];
  if (typeof block !== "string") return fields;
  let name: string | undefined;
  let pieces: string[] = [];
  const finish = () => {
    if (name === undefined) return;
    const raw = trimSpaces(pieces.join(""));
    fields.push({ name, key: name.toLowerCase(), raw, value: decodeEncodedWords(raw) });
  };
  const lineEnd = /\r\n?|\n/g;
  for (let start = 0; start <= block.length;) {
    const match = lineEnd.exec(block);
    const end = match ? match.index : block.length;
    const line = block.slice(start, end);
    start = match ? lineEnd.lastIndex : block.length + 1;
    if (line === "") {
      if (name !== undefined) break;
      continue;
    }
    const first = line.charCodeAt(0);
    if (first === 32 || first === 9) {
      // RFC 5322 unfolding removes only the line break.
      if (name !== undefined) pieces.push(line);
      continue;
    }
    const nameLength = nameEnd(line);
    if (nameLength > 0) {
      finish();
      name = line.slice(0, nameLength);
      pieces = [line.slice(line.indexOf(":", nameLength) + 1)];
    } else if (name !== undefined) {
      // A continuation that lost its indentation: join with one space, as MHA does.
      pieces.push(" ", line);
    }
  }
  finish();
  return fields;
}

/** Decoded values of every field with that name (any case), topmost first. */
export function headerValues(fields: readonly HeaderField[], name: string): string[] {
  const key = name.toLowerCase();
  const out: string[] = [];
  for (const field of fields) if (field.key === key) out.push(field.value);
  return out;
}

/** The decoded value of the topmost field with that name (any case). */
export function firstHeader(fields: readonly HeaderField[], name: string): string | undefined {
  const key = name.toLowerCase();
  return fields.find((field) => field.key === key)?.value;
}
