/**
 * Dates as they appear in Received and Date headers. RFC 5322 first, then the sloppy forms real
 * servers write (and MHA's tests cover): full weekday names, no weekday, "Apr 21 2018",
 * "4/20/2018 11:01:16 PM -0400", "4-20-2018", "2018-4-20", ISO 8601, fractional seconds, obsolete
 * zone names. One tokenising pass and one pass over the tokens: linear, no regular expressions.
 */

type Token = { kind: "num" | "word" | "punct"; text: string };

interface Parts {
  plain: string[]; // numbers outside the time and numeric date: day and year next to a month name
  numericDate?: [string, string, string, string]; // a, b, c and the separator
  month?: number;
  time?: { hour: number; minute: number; second: number; ms: number };
  meridiem?: "am" | "pm";
  offset?: number; // minutes east of UTC, from "+hhmm" or "+hh:mm"
  named?: number; // minutes east of UTC, from a zone name
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

// RFC 5322 §4.3 obsolete zones, plus UTC and ISO's Z. A Map, so "constructor" is not a zone.
const ZONES = new Map<string, number>([
  ["ut", 0],
  ["utc", 0],
  ["gmt", 0],
  ["z", 0],
  ["est", -300],
  ["edt", -240],
  ["cst", -360],
  ["cdt", -300],
  ["mst", -420],
  ["mdt", -360],
  ["pst", -480],
  ["pdt", -420],
]);

const MS_PER_DAY = 86_400_000;

/** Returns epoch ms, or undefined when the text holds no complete, valid date. A missing zone is read as UTC. */
export function parseMailDate(text: string): number | undefined {
  if (typeof text !== "string") return undefined;
  const tokens = tokenize(text);
  const parts = tokens && scan(tokens);
  return parts && toEpoch(parts);
}

// The longest real dates ("Thursday, 20 November 2025 18:09:45.123 +05:30 GMT") have under 20
// tokens; past this the text is not a date, and stopping early bounds the work on hostile input.
const MAX_TOKENS = 40;

/** Numbers, lowercased words and date punctuation, outside comments; undefined past MAX_TOKENS. */
function tokenize(s: string): Token[] | undefined {
  const tokens: Token[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    if (tokens.length > MAX_TOKENS) return undefined;
    const c = s.charCodeAt(i);
    const start = i;
    if (c === 0x28 /* ( */) {
      i = skipComment(s, i);
    } else if (isDigit(c)) {
      while (i < n && isDigit(s.charCodeAt(i))) i++;
      tokens.push({ kind: "num", text: s.slice(start, i) });
    } else if (isLetter(c)) {
      while (i < n && isLetter(s.charCodeAt(i))) i++;
      tokens.push({ kind: "word", text: s.slice(start, i).toLowerCase() });
    } else {
      // Whitespace, commas and anything unexpected only separate tokens.
      if (":/-+.".includes(s[i])) tokens.push({ kind: "punct", text: s[i] });
      i++;
    }
  }
  return tokens;
}

/** Index after the comment that opens at `i` (nested, with quoted-pairs), or the end of an unclosed one. */
function skipComment(s: string, i: number): number {
  let depth = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 0x5c /* \ */) i++;
    else if (c === 0x28) depth++;
    else if (c === 0x29 && --depth === 0) return i + 1;
    i++;
  }
  return s.length;
}

/** Sorts tokens into date, time and zone parts; undefined as soon as they contradict each other. */
function scan(tokens: Token[]): Parts | undefined {
  const parts: Parts = { plain: [] };
  const at = (k: number, kind: Token["kind"], text?: string): boolean =>
    tokens[k]?.kind === kind && (text === undefined || tokens[k].text === text);
  for (let k = 0; k < tokens.length; k++) {
    const { kind, text } = tokens[k];
    if (kind === "num") {
      if (at(k + 1, "punct", ":") && at(k + 2, "num")) {
        if (parts.time || text.length > 2 || tokens[k + 2].text.length > 2) return undefined;
        k = readTime(tokens, k, parts);
      } else if (
        at(k + 1, "punct") &&
        "/-.".includes(tokens[k + 1].text) &&
        at(k + 2, "num") &&
        at(k + 3, "punct", tokens[k + 1].text) &&
        at(k + 4, "num")
      ) {
        if (parts.numericDate) return undefined;
        parts.numericDate = [text, tokens[k + 2].text, tokens[k + 4].text, tokens[k + 1].text];
        k += 4;
      } else {
        if (text.length > 4 || parts.plain.length === 2) return undefined;
        parts.plain.push(text);
      }
    } else if (kind === "word") {
      const month = monthOf(text);
      if (month !== undefined) {
        if (parts.month !== undefined) return undefined;
        parts.month = month;
      } else if (text === "am" || text === "pm") {
        parts.meridiem = text;
      } else if (ZONES.has(text)) {
        parts.named ??= ZONES.get(text);
      }
      // Weekdays, ISO's "T" and unknown words carry nothing we need.
    } else if ((text === "+" || text === "-") && parts.time && at(k + 1, "num")) {
      // A zone follows the time; before it, "-" is a date separator ("20-Nov-2025").
      const read = readOffset(tokens, k);
      if (read === undefined) continue;
      if (parts.offset !== undefined) return undefined;
      parts.offset = read.minutes;
      k = read.last;
    }
  }
  return parts;
}

/** Reads h:m[:s[.fraction]] starting at token k; returns the index of its last token. */
function readTime(tokens: Token[], k: number, parts: Parts): number {
  const hour = Number(tokens[k].text);
  const minute = Number(tokens[k + 2].text);
  let second = 0;
  let ms = 0;
  let last = k + 2;
  if (tokens[last + 1]?.text === ":" && tokens[last + 2]?.kind === "num") {
    second = tokens[last + 2].text.length > 2 ? NaN : Number(tokens[last + 2].text);
    last += 2;
    if (tokens[last + 1]?.text === "." && tokens[last + 2]?.kind === "num") {
      // Cut, not rounded, to milliseconds, as MHA does (".270951634" is 270 ms).
      ms = Number(tokens[last + 2].text.slice(0, 3).padEnd(3, "0"));
      last += 2;
    }
  }
  parts.time = { hour, minute, second, ms };
  return last;
}

/** "+hhmm" or "+hh:mm" at token k, as minutes east of UTC. */
function readOffset(tokens: Token[], k: number): { minutes: number; last: number } | undefined {
  const sign = tokens[k].text === "-" ? -1 : 1;
  const digits = tokens[k + 1].text;
  let hh: string;
  let mm: string;
  let last = k + 1;
  if (digits.length === 4) {
    hh = digits.slice(0, 2);
    mm = digits.slice(2);
  } else if (
    digits.length === 2 &&
    tokens[k + 2]?.text === ":" &&
    tokens[k + 3]?.kind === "num" &&
    tokens[k + 3].text.length === 2
  ) {
    hh = digits;
    mm = tokens[k + 3].text;
    last = k + 3;
  } else {
    return undefined;
  }
  const hours = Number(hh);
  const minutes = Number(mm);
  if (hours > 23 || minutes > 59) return undefined;
  return { minutes: sign * (hours * 60 + minutes), last };
}

/** 0–11 for a month name, its three-letter form or any longer prefix ("Sept"). */
function monthOf(word: string): number | undefined {
  if (word.length < 3) return undefined;
  const index = MONTHS.findIndex((name) => name.startsWith(word));
  return index < 0 ? undefined : index;
}

function toEpoch(parts: Parts): number | undefined {
  const date = resolveDate(parts);
  if (!date) return undefined;
  const { year, month, day } = date;
  if (month < 0 || month > 11 || day < 1 || day > daysInMonth(year, month)) return undefined;

  const { minute, second, ms, ...clock } = parts.time ?? { hour: 0, minute: 0, second: 0, ms: 0 };
  let hour = clock.hour;
  if (parts.meridiem) {
    if (!parts.time || hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (parts.meridiem === "pm" ? 12 : 0);
  }
  // Second 60 is a leap second (RFC 5322 allows it); it lands on the next minute's first second.
  if (!(hour <= 23 && minute <= 59 && second <= 60)) return undefined;

  const zone = parts.offset ?? parts.named ?? 0;
  return (
    daysFromCivil(year, month + 1, day) * MS_PER_DAY + ((hour * 60 + minute - zone) * 60 + second) * 1000 + ms
  );
}

/** Year, month (0–11) and day from a numeric date or from a month name and two numbers. */
function resolveDate(parts: Parts): { year: number; month: number; day: number } | undefined {
  const { numericDate, plain, month } = parts;
  if (numericDate) {
    if (month !== undefined || plain.length > 0) return undefined;
    const [a, b, c, separator] = numericDate;
    if (a.length === 4 && b.length <= 2 && c.length <= 2) {
      return { year: Number(a), month: Number(b) - 1, day: Number(c) };
    }
    const year = fullYear(c);
    if (year === undefined || a.length > 2 || b.length > 2) return undefined;
    // US order (MHA's "4/20/2018") unless only the other order is possible; dots mean day first.
    const dayFirst = separator === "." || (Number(a) > 12 && Number(b) <= 12);
    const [day, mon] = dayFirst ? [a, b] : [b, a];
    return { year, month: Number(mon) - 1, day: Number(day) };
  }
  if (month === undefined || plain.length !== 2) return undefined;
  // "2018 Apr 21" puts the year first; "21 Apr 2018", "Apr 21 2018" and asctime put the day first.
  const [day, year] = plain[0].length >= 3 ? [plain[1], plain[0]] : plain;
  const fy = fullYear(year);
  if (fy === undefined || day.length > 2) return undefined;
  return { year: fy, month, day: Number(day) };
}

/** RFC 5322 §4.3: two-digit years below 50 are 20xx, others and three-digit years are from 1900. */
function fullYear(digits: string): number | undefined {
  const value = Number(digits);
  if (digits.length === 2) return value + (value < 50 ? 2000 : 1900);
  if (digits.length === 3) return value + 1900;
  return digits.length === 4 ? value : undefined;
}

function daysInMonth(year: number, month: number): number {
  if (month === 1) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month];
}

/** Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's algorithm; avoids Date.UTC's 0–99 → 19xx). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}
