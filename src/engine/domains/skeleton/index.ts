/**
 * UTS #39 skeletons for domain labels, Chromium-style: diacritic removal, Chromium's extra look-alikes,
 * Unicode's confusables (Unicode 13 from npm `unhomoglyph`, patched to Unicode 17 for the scripts
 * domains use), w→vv, then lower-case. Two domains look alike when a skeleton of one equals a
 * skeleton of the other; skeletons are for comparison only, never for display.
 */
export { skeleton, skeletons } from "./skeleton";
export { removeDiacritics } from "./diacritics";
export { LETTER_SEQUENCES, sequenceVariants } from "./sequences";
