/** What an attachment's name says and hides: its real extension and any tricks to disguise it. */
import { isSpace, trimTrailing } from "../../words/trimRuns";

/** Controls that reorder the text around them: embeddings, overrides and isolates. */
const REORDERING = /[\u202A-\u202E\u2066-\u2069]/g;
/** Invisible direction marks: normal in Hebrew or Arabic names, only a trick in a Latin one. */
const MARKS = /[\u061C\u200E\u200F]/g;
const RIGHT_TO_LEFT_SCRIPT = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}]/u;
/**
 * Characters a reader cannot see: control codes, direction controls, zero-width space and BOM. Shown
 * as [U+202E] in what the user reads. Zero-width joiners are left alone: scripts and emoji need them.
 */
// eslint-disable-next-line no-control-regex -- control codes are exactly what must be revealed
const HIDDEN = /[\u0000-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;
const RLO = "\u202E";
const PDF = "\u202C";
/** Windows drops trailing dots and spaces, so "invoice.exe. " is saved and run as invoice.exe. */
const windowsDrops = (ch: string) => ch === "." || isSpace(ch);
/** A run this long before the last dot pushes the real ending out of a narrow attachment list. */
const PADDING = 5;

export interface NameFacts {
  /** The name with hidden characters shown as [U+202E]. */
  visible: string;
  /** Direction controls used to disguise the name, as "U+202E", each once. */
  bidiControls: string[];
  /** What a reader sees when a single right-to-left override reverses the end ("invoiceexe.pdf"), revealed. */
  appearsAs?: string;
  /** The final extension as Windows reads it, lower case without the dot; "" when there is none. */
  extension: string;
  /** The extension before it ("pdf" in invoice.pdf.exe); "" when there is none. */
  previousExtension: string;
  /** Many spaces right before the final dot. */
  padded: boolean;
}

function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** The name with hidden characters made visible, for the pane and reports. */
export function revealHidden(text: string): string {
  return text.replace(HIDDEN, (c) => `[${codePoint(c)}]`);
}

function bidiControlsOf(name: string): string[] {
  const found: string[] = [...(name.match(REORDERING) ?? [])];
  if (!RIGHT_TO_LEFT_SCRIPT.test(name)) found.push(...(name.match(MARKS) ?? []));
  return [...new Set(found.map(codePoint))];
}

/**
 * The classic trick: "invoice" RLO "fdp.exe" displays as "invoiceexe.pdf", because the override lays
 * out everything up to the next PDF (pop directional formatting) right to left. Only that simple form
 * is worked out; mixes of controls are reported without a rendering.
 */
function rightToLeftOverrideView(name: string, controls: string[]): string | undefined {
  if (controls.some((c) => c !== "U+202E" && c !== "U+202C")) return undefined;
  const start = name.indexOf(RLO);
  if (start < 0 || name.indexOf(RLO, start + 1) >= 0) return undefined;
  const pop = name.indexOf(PDF, start);
  const end = pop < 0 ? name.length : pop;
  const reversed = Array.from(name.slice(start + 1, end))
    .reverse()
    .join("");
  return revealHidden(name.slice(0, start) + reversed + (pop < 0 ? "" : name.slice(pop + 1)));
}

function lastExtension(stem: string): [before: string, extension: string] {
  const dot = stem.lastIndexOf(".");
  return dot < 0 ? [stem, ""] : [stem.slice(0, dot), stem.slice(dot + 1).toLowerCase()];
}

export function describeName(name: string): NameFacts {
  const bidiControls = bidiControlsOf(name);
  // The extension is judged on the name as stored, minus anything invisible and any folder part.
  const plain = trimTrailing(name.replace(HIDDEN, "").replace(/^.*[/\\]/, ""), windowsDrops);
  const [stem, extension] = lastExtension(plain);
  const [, previousExtension] = extension === "" ? ["", ""] : lastExtension(stem.trimEnd());
  return {
    visible: revealHidden(name),
    bidiControls,
    appearsAs: bidiControls.length > 0 ? rightToLeftOverrideView(name, bidiControls) : undefined,
    extension,
    previousExtension,
    padded: extension !== "" && stem.length - trimTrailing(stem, isSpace).length >= PADDING,
  };
}
