import { dangerousPatterns } from "./dangerousPatterns";
import { deviationCharacters } from "./deviationCharacters";
import { digitLookalikes } from "./digitLookalikes";
import { disallowedCharacters } from "./disallowedCharacters";
import { invalidIdna } from "./invalidIdna";
import { invisibleCharacters } from "./invisibleCharacters";
import { mixedNumbering } from "./mixedNumbering";
import { mixedScript } from "./mixedScript";
import { nonAsciiLatinMix } from "./nonAsciiLatinMix";
import { tldSpecificCharacters } from "./tldSpecificCharacters";
import { wholeScriptConfusable } from "./wholeScriptConfusable";
import type { IdnRule } from "./rule";

export { invalidIdna };
export type { IdnRule, LabelContext } from "./rule";
export { labelContext } from "./rule";

/** Every rule, in the order their problems are reported. */
export const RULES: readonly IdnRule[] = [
  invalidIdna,
  disallowedCharacters,
  deviationCharacters,
  tldSpecificCharacters,
  mixedScript,
  nonAsciiLatinMix,
  mixedNumbering,
  invisibleCharacters,
  wholeScriptConfusable,
  digitLookalikes,
  dangerousPatterns,
];
