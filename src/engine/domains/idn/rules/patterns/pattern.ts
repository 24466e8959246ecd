import type { Language } from "../../../../words/language";
import { usedWith } from "../../scripts";

/**
 * One of the sub-patterns of Chromium's dangerous-pattern regex (idn_spoof_checker.cc,
 * SafeToDisplayAsUnicode): a character in a position where it passes for punctuation or a letter.
 */
export interface DangerousPattern {
  /** What is wrong with the character there: "can pass for a dot next to Latin letters". */
  note: Readonly<Record<Language, string>>;
  /** True when chars[i] is the culprit. */
  matches(chars: readonly string[], i: number): boolean;
}

/** `\p{scx=…}` of the regex: the character exists and is used with one of the scripts. */
export function inScripts(ch: string | undefined, scripts: readonly string[]): boolean {
  return ch !== undefined && usedWith(ch, scripts);
}

/** `[^\p{scx=…}…]`: a character exists there and is used with none of the scripts. */
export function outsideScripts(ch: string | undefined, scripts: readonly string[]): boolean {
  return ch !== undefined && !usedWith(ch, scripts);
}

export const JAPANESE_SCRIPTS = ["Katakana", "Hiragana", "Han"];
export const CJK_SCRIPTS = ["Katakana", "Hiragana", "Han", "Bopomofo"];
