import { accentOnOtherScript } from "./accentOnOtherScript";
import { cjkPunctuationLookalikes } from "./cjkPunctuationLookalikes";
import { dotAboveIjl } from "./dotAboveIjl";
import { dotlessIAccent } from "./dotlessIAccent";
import { DANGEROUS_PATTERNS, type DangerousPattern } from ".";
import { kanaIterationMarks } from "./kanaIterationMarks";
import { kanaLookalikeLetters } from "./kanaLookalikeLetters";
import { kanaVoicedSoundMarks } from "./kanaVoicedSoundMarks";
import { katakanaMiddleDot } from "./katakanaMiddleDot";
import { prolongedSoundMark } from "./prolongedSoundMark";
import { slashLookalikes } from "./slashLookalikes";

/** Positions where the pattern matches. */
const hits = (p: DangerousPattern, label: string) => {
  const chars = Array.from(label);
  return chars.map((_, i) => i).filter((i) => p.matches(chars, i));
};

// [pattern, label it catches (at the given index), label it leaves alone]
const CASES: [DangerousPattern, string, number, string][] = [
  [slashLookalikes, "comノevil", 3, "ビタミンb1"],
  [kanaIterationMarks, "かヽ", 1, "カヽ"],
  [kanaLookalikeLetters, "モヒートへブン", 4, "へいわ"],
  [prolongedSoundMark, "abcーdef", 3, "カー野球"],
  [katakanaMiddleDot, "abc・def", 3, "日本・野球"],
  [cjkPunctuationLookalikes, "google十com", 6, "一丁"],
  [accentOnOtherScript, "नागरी\u0301", 5, "cafe\u0301"],
  [dotlessIAccent, "pı\u0300xel", 2, "pi\u0300xel"],
  [kanaVoicedSoundMarks, "google\u3099", 6, "google"],
  [dotAboveIjl, "pi\u0307xel", 2, "pe\u0307xel"],
];

describe("Chromium's dangerous patterns, one a module", () => {
  it("has a case for every pattern", () => {
    expect(new Set(CASES.map(([p]) => p))).toEqual(new Set(DANGEROUS_PATTERNS));
  });

  for (const [pattern, bad, at, fine] of CASES) {
    it(`catches ${bad} and leaves ${fine} alone, with an explanation in every language`, () => {
      expect(hits(pattern, bad)).toEqual([at]);
      expect(hits(pattern, fine)).toEqual([]);
      expect(pattern.note.en).not.toBe("");
      expect(pattern.note.es).not.toBe("");
    });
  }
});
