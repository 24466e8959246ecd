import { accentOnOtherScript } from "./accentOnOtherScript";
import { cjkPunctuationLookalikes } from "./cjkPunctuationLookalikes";
import { dotAboveIjl } from "./dotAboveIjl";
import { dotlessIAccent } from "./dotlessIAccent";
import { kanaIterationMarks } from "./kanaIterationMarks";
import { kanaLookalikeLetters } from "./kanaLookalikeLetters";
import { kanaVoicedSoundMarks } from "./kanaVoicedSoundMarks";
import { katakanaMiddleDot } from "./katakanaMiddleDot";
import type { DangerousPattern } from "./pattern";
import { prolongedSoundMark } from "./prolongedSoundMark";
import { slashLookalikes } from "./slashLookalikes";

export type { DangerousPattern } from "./pattern";

/** Chromium's dangerous-pattern regex, one alternative a module, in the regex's order. */
export const DANGEROUS_PATTERNS: readonly DangerousPattern[] = [
  slashLookalikes,
  kanaIterationMarks,
  kanaLookalikeLetters,
  prolongedSoundMark,
  katakanaMiddleDot,
  cjkPunctuationLookalikes,
  accentOnOtherScript,
  dotlessIAccent,
  kanaVoicedSoundMarks,
  dotAboveIjl,
];
