/**
 * Whether a token looks machine-made rather than written: random case changes ("xunIqVya",
 * "KtSaGYsPn9djSGR"), digits sprinkled between letters ("a2jhnjk8ta1y"), or a run of consonants no
 * language spells ("eyvrfnaoaznxgk"). Phishing kits fill sender addresses, names and subjects with
 * such tokens so that every message differs and filters cannot match them. Hand-written; plain
 * character loops, no regular expressions to backtrack.
 */
const VOWELS = new Set("aeiouy");

function isUpper(c: string): boolean {
  return c >= "A" && c <= "Z";
}
function isLower(c: string): boolean {
  return c >= "a" && c <= "z";
}
function isDigit(c: string): boolean {
  return c >= "0" && c <= "9";
}

/** Pieces split where a small letter is followed by a capital: "JohnSmith" → John, Smith. */
function caseChunks(token: string): string[] {
  const chunks: string[] = [];
  let start = 0;
  for (let i = 1; i < token.length; i++) {
    if (isUpper(token[i]) && !isUpper(token[i - 1])) {
      chunks.push(token.slice(start, i));
      start = i;
    }
  }
  chunks.push(token.slice(start));
  return chunks;
}

/** Capitals where words do not put them: a small letter then a capital at the start, capitals run into small letters twice, or two tiny pieces. */
function randomCase(letters: string): boolean {
  if (letters.length >= 6 && isLower(letters[0]) && isUpper(letters[1])) return true;
  let runsIntoLower = 0;
  for (let i = 2; i < letters.length; i++) {
    if (isLower(letters[i]) && isUpper(letters[i - 1]) && isUpper(letters[i - 2])) runsIntoLower++;
  }
  if (runsIntoLower >= 2) return true;
  return caseChunks(letters).filter((c) => c.length <= 2).length >= 2;
}

function longestConsonantRun(token: string): number {
  let best = 0;
  let run = 0;
  for (const c of token.toLowerCase()) {
    if (isLower(c) && !VOWELS.has(c)) best = Math.max(best, ++run);
    else run = 0;
  }
  return best;
}

function digitGroups(token: string): number {
  let groups = 0;
  for (let i = 0; i < token.length; i++)
    if (isDigit(token[i]) && (i === 0 || !isDigit(token[i - 1]))) groups++;
  return groups;
}

/**
 * A plain ASCII letters-and-digits token that no person or brand would write. `consonants` also
 * counts a run of five consonants as random: right for an address's local part, wrong for a subject,
 * where technical words ("prctl", "recvmmsg") have them.
 */
export function looksRandom(token: string, consonants = false): boolean {
  if (token.length < 5 || token.length > 64) return false;
  let upper = 0;
  let lower = 0;
  let digits = 0;
  for (const c of token) {
    if (isUpper(c)) upper++;
    else if (isLower(c)) lower++;
    else if (isDigit(c)) digits++;
    else return false;
  }
  const letters = upper + lower;
  if (letters < 4) return false;
  // Case changing inside words ("aLaZFLJt", "KmigQSymPHYPBfT"), not "JohnSmith", "iPhone" or "NASA".
  if (upper >= 2 && lower >= 2 && randomCase(token.replace(/[0-9]/g, ""))) return true;
  // Digits scattered between letters: "a2jhnjk8ta1y", "RfUVZut0T7MXNK"; not "xuyang2018" or "iPhone15Pro".
  const groups = digitGroups(token);
  if (digits >= 2 && (groups >= 3 || (groups >= 2 && upper >= 2 && lower >= 2 && token.length >= 12)))
    return true;
  if (!consonants) return false;
  // An address only: two digit groups with letters after them ("tghset2a8xww", "1ljocry459tl"), not
  // "john2doe99"; capitals inside words and a piece with no vowel ("JndLebIg"), not "MrsJones";
  // or no vowel at all ("Qsfxjtwk").
  const last = token[token.length - 1];
  if (groups >= 2 && token.length >= 10 && (isLower(last) || isUpper(last))) return true;
  if (upper >= 2 && lower >= 2 && caseSwitches(token) >= 4 && caseChunks(token).some(vowelless)) return true;
  if (letters >= 8 && digits === 0 && longestConsonantRun(token) === letters) return true;
  return token.length >= 10 && longestConsonantRun(token) >= 5;
}

/** Places where a capital follows a small letter or a small letter follows a capital. */
function caseSwitches(token: string): number {
  let switches = 0;
  for (let i = 1; i < token.length; i++) {
    if ((isUpper(token[i]) && isLower(token[i - 1])) || (isLower(token[i]) && isUpper(token[i - 1])))
      switches++;
  }
  return switches;
}

/** A piece of three letters or more that no language would say: no vowel. */
function vowelless(chunk: string): boolean {
  return chunk.length >= 3 && longestConsonantRun(chunk) === chunk.length;
}

/** The longest run of digits in a text. */
export function longestDigitRun(text: string): number {
  let best = 0;
  let run = 0;
  for (const c of text) {
    if (isDigit(c)) best = Math.max(best, ++run);
    else run = 0;
  }
  return best;
}

/** A random code in a name or subject: machine-made and with digits in it ("KtSaGYsPn9djSGR"), not a styled name ("rODbegbie"). */
export function randomCode(text: string): string | undefined {
  return text.split(/[^A-Za-z0-9]+/).find((token) => /[0-9]/.test(token) && looksRandom(token));
}
