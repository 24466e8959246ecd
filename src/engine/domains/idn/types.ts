import type { Language } from "../../words/language";

export type IdnRuleId =
  | "invalid-idna"
  | "disallowed-character"
  | "deviation-character"
  | "tld-specific-character"
  | "mixed-script"
  | "mixed-numbering"
  | "invisible-character"
  | "whole-script-confusable"
  | "digit-lookalike"
  | "dangerous-pattern";

export interface IdnChar {
  char: string;
  /** "U+0435" */
  codePoint: string;
  /** Unicode script name with spaces for underscores: "Cyrillic", "Canadian Aboriginal", "Common". */
  script: string;
}

export interface IdnProblem {
  rule: IdnRuleId;
  /** Plain English for a non-technical reader, lower-case start, no final full stop. */
  explanation: string;
  /** The same in every language. */
  explanations: Readonly<Record<Language, string>>;
  chars: IdnChar[];
}

export interface IdnLabel {
  ascii: string;
  unicode: string;
  problems: readonly IdnProblem[];
}

export interface IdnResult {
  ascii: string;
  /** Every label decoded, for explanations. */
  unicode: string;
  /** What Chromium would show: safe labels decoded, unsafe labels kept as xn--. */
  display: string;
  labels: IdnLabel[];
  /** Every label's problems. */
  problems: readonly IdnProblem[];
}
