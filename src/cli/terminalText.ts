/**
 * Text from a message is written to a terminal only with its control and bidirectional-formatting
 * characters made visible: an ESC in a link text could otherwise retitle the terminal, clear the
 * screen or overwrite the verdict line, and a right-to-left override could reverse a file name.
 * JSON output needs none of this (JSON.stringify escapes C0 controls and the reader is a program).
 */

// C0 controls (tab included: it would shift the table), DEL, C1 controls, and Unicode's bidi
// controls: ALM, LRM, RLM, LRE…RLO, LRI…PDI. One character class: no backtracking on hostile input.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const visible = (ch: string) =>
  `\\u{${(ch.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, "0")}}`;

/** The text with every unsafe character written as `\u{XXXX}`. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, visible);
}
