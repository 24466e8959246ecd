/**
 * Unicode 17 confusables.txt entries that the bundled Unicode 13 table (npm `unhomoglyph`) lacks or
 * maps differently, for Identifier_Status=Allowed characters of the scripts domain spoofs use (Latin,
 * Cyrillic, Greek, Armenian) and for decimal digits of any script. Measured against Unicode 17
 * confusables.txt by unicode17Coverage.test.ts, which fails if this list falls out of step.
 * It exists because no npm package ships current confusables data (see the research note §2.2).
 */
export const UNICODE17_ADDITIONS: ReadonlyArray<readonly [codePoint: number, prototype: string]> = [
  [0x00fe, "p"], // þ LATIN SMALL LETTER THORN (new)
  [0x014b, "n\u0329"], // ŋ LATIN SMALL LETTER ENG (new)
  [0x0192, "f"], // ƒ LATIN SMALL LETTER F WITH HOOK (was f̦)
  [0x1e9e, "\u00df"], // ẞ LATIN CAPITAL LETTER SHARP S (new)
  [0x0448, "w"], // ш CYRILLIC SMALL LETTER SHA (new)
  [0x045f, "u\u0329"], // џ CYRILLIC SMALL LETTER DZHE (new)
  [0x04cf, "l"], // ӏ CYRILLIC SMALL LETTER PALOCHKA (was i)
  [0x0572, "n\u0329"], // ղ ARMENIAN SMALL LETTER GHAD (new)
  [0x0582, "i"], // ւ ARMENIAN SMALL LETTER YIWN (new)
  [0x0969, "3"], // ३ DEVANAGARI DIGIT THREE (new)
  [0x09e6, "o"], // ০ BENGALI DIGIT ZERO (was O)
  [0x0ae9, "3"], // ૩ GUJARATI DIGIT THREE (was ३)
  [0x0aeb, "\u0447"], // ૫ GUJARATI DIGIT FIVE (new; ч)
  [0x0ce6, "O"], // ೦ KANNADA DIGIT ZERO (was o)
  [0x17e0, "o"], // ០ KHMER DIGIT ZERO (new)
];
