/**
 * Classic Outlook on Windows runs this bundle in a JavaScript-only runtime that Microsoft describes as
 * a plain script engine. If it lacks TextEncoder/TextDecoder, a library that creates one at load time
 * (postal-mime does) would stop the whole bundle before the handlers are registered, and every report
 * would hang until Outlook's five-minute timeout. This module installs UTF-8-only stand-ins when, and
 * only when, the runtime has none. Import it first.
 */
import { base64ToBytes, utf8Decode, utf8Encode } from "../engine/text/encoding";

const UTF8_LABELS = [
  "utf-8",
  "utf8",
  "unicode-1-1-utf-8",
  "unicode11utf8",
  "unicode20utf8",
  "x-unicode20utf8",
];

export class Utf8TextEncoder {
  readonly encoding = "utf-8";
  encode(input = ""): Uint8Array {
    return new Uint8Array(utf8Encode(String(input)));
  }
}

export class Utf8TextDecoder {
  readonly encoding = "utf-8";
  readonly fatal = false;
  readonly ignoreBOM: boolean;
  constructor(label = "utf-8", options: { ignoreBOM?: boolean } = {}) {
    if (UTF8_LABELS.indexOf(String(label).trim().toLowerCase()) < 0) {
      throw new RangeError(`The encoding label "${label}" is not supported here.`);
    }
    this.ignoreBOM = options.ignoreBOM === true;
  }
  decode(input?: ArrayBuffer | ArrayBufferView): string {
    if (input === undefined || input === null) return "";
    const bytes =
      input instanceof ArrayBuffer
        ? new Uint8Array(input)
        : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    const text = utf8Decode(bytes);
    return !this.ignoreBOM && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
}

/**
 * atob for runtimes without it: htmlparser2's entity decoder calls it at load time (falling back to
 * Node's Buffer, which such a runtime lacks too). Throws on invalid input, as atob does.
 */
export function base64ToBinaryString(input: string): string {
  const bytes = base64ToBytes(String(input).replace(/[\t\n\f\r ]/g, ""));
  if (!bytes) throw new Error("The string to be decoded is not correctly encoded.");
  let out = "";
  for (let i = 0; i < bytes.length; i += 4096) out += String.fromCharCode(...bytes.subarray(i, i + 4096));
  return out;
}

/** Installs the stand-ins on `root` where missing; returns the names installed. */
export function installRuntimeShims(root: Record<string, unknown> | undefined): string[] {
  const installed: string[] = [];
  if (!root) return installed;
  if (typeof root.TextEncoder !== "function") {
    root.TextEncoder = Utf8TextEncoder;
    installed.push("TextEncoder");
  }
  if (typeof root.TextDecoder !== "function") {
    root.TextDecoder = Utf8TextDecoder;
    installed.push("TextDecoder");
  }
  if (typeof root.atob !== "function") {
    root.atob = base64ToBinaryString;
    installed.push("atob");
  }
  return installed;
}

function globalObject(): Record<string, unknown> | undefined {
  if (typeof globalThis !== "undefined") return globalThis as unknown as Record<string, unknown>;
  if (typeof self !== "undefined") return self as unknown as Record<string, unknown>;
  return undefined;
}

installRuntimeShims(globalObject());
