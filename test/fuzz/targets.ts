/**
 * What `npm run fuzz` attacks: every parser, and analyze() on mutated real messages. A target takes
 * one generated input and must return without throwing within TIME_LIMIT_MS of CPU; anything else is a
 * failure whose shrunk input becomes a regression fixture (test/fuzz/regressions).
 */
import fc from "fast-check";
import { contextFor } from "../../src/config/engineContext";
import { DEFAULT_CONFIG } from "../../src/config/defaults";
import { EmlError, parseEml } from "../../src/eml/parseEml";
import { analyze } from "../../src/engine";
import { normalizeHost } from "../../src/engine/domains/normalize";
import { parseAddressList } from "../../src/engine/headers/addresses";
import { parseAuthenticationResults, parseReceivedSpf } from "../../src/engine/headers/authResults";
import { decodeEncodedWords } from "../../src/engine/headers/encodedWords";
import { parseHeaderBlock } from "../../src/engine/headers/headerBlock";
import { parseMailDate } from "../../src/engine/headers/mailDate";
import { parseReceived } from "../../src/engine/headers/received";
import { extractLinks } from "../../src/engine/links/extract";
import { buildLinkTable } from "../../src/engine/links/linkTable";
import { unwrapUrl } from "../../src/engine/links/unwrap";
import { MESSAGES, toEml } from "../../src/office/testing/messages";
import { emptySnapshot } from "../../src/engine/message";
import { mutatedMessage } from "./mutations";

/** One input may use this much CPU time; a parser that needs more on some input is a failure. */
export const TIME_LIMIT_MS = 2_000;

/** parseEml refusing what is not a message (EmlError, worded for the reader) is the designed answer. */
async function snapshotOf(eml: string) {
  try {
    return await parseEml(new TextEncoder().encode(eml));
  } catch (error) {
    if (error instanceof EmlError) return undefined;
    throw error;
  }
}

export interface Target {
  name: string;
  input: fc.Arbitrary<string>;
  run(input: string): unknown;
  /** Whole messages: a short run gives them a quarter of the inputs. */
  costly?: true;
}

/** Text a parser of that kind meets: its own punctuation, encoded words, folding, any Unicode. */
function textOf(...pieces: string[]): fc.Arbitrary<string> {
  const piece = fc.oneof(
    fc.constantFrom(...pieces, "\r\n", "\r\n ", "\n", "\r", "\t", " ", "\u0000", "\u202e", "\ud800"),
    fc.string({ unit: "grapheme", maxLength: 8 }),
    fc.string({ unit: "binary", maxLength: 4 }),
  );
  return fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(""));
}

const ENCODED = ["=?utf-8?q?", "=?utf-8?b?", "=?iso-8859-1?Q?", "?=", "=E9", "=?", "_"];
const ADDRESS = ['"', "\\", "<", ">", "@", ",", ";", ":", "(", ")", "[", "]", "a@b.example", ".."];
const URLISH = [
  "http://",
  "https://",
  "//",
  "%",
  "%2F",
  "?url=",
  "&",
  "#",
  "@",
  ":",
  "xn--",
  "[::1]",
  "0x7f.",
];

const context = contextFor(DEFAULT_CONFIG);
/** Real messages to mutate: the fake Outlook host's messages as .eml files. */
export const SEED_MESSAGES: string[] = Object.values(MESSAGES).map((m) => toEml(m));

export const TARGETS: Target[] = [
  { name: "header block", input: textOf("Subject:", "From:", ":", ...ENCODED), run: parseHeaderBlock },
  { name: "RFC 2047", input: textOf(...ENCODED), run: decodeEncodedWords },
  { name: "addresses", input: textOf(...ADDRESS, ...ENCODED), run: parseAddressList },
  {
    name: "dates",
    input: textOf("Mon,", "31", "Dec", "2026", "23:59:60", "+0000", "GMT", "(", ")", "-9999"),
    run: parseMailDate,
  },
  {
    name: "Authentication-Results",
    input: textOf("spf=pass", "dkim=fail", "dmarc=", ";", "(", ")", '"', "header.d=", "smtp.mailfrom="),
    run: (v) => [parseAuthenticationResults(v), parseReceivedSpf(v)],
  },
  {
    name: "Received",
    input: textOf("from", "by", "with", "id", "for", ";", "(", ")", "[1.2.3.4]", "helo=", "ESMTPS"),
    run: parseReceived,
  },
  { name: "URLs and hosts", input: textOf(...URLISH), run: (v) => [normalizeHost(v), unwrapUrl(v)] },
  {
    name: "unwrappers",
    input: textOf(
      "https://nam12.safelinks.protection.outlook.com/?url=",
      "https://urldefense.com/v3/__",
      "https://www.google.com/url?q=",
      "https://protect-eu.mimecast.com/s/",
      ...URLISH,
    ),
    run: unwrapUrl,
  },
  {
    name: "HTML extraction",
    input: textOf(
      "<a href=",
      "<base href=",
      "<form action=",
      '"',
      "'",
      ">",
      "</a>",
      "<!--",
      "<svg",
      "&amp;",
      ...URLISH,
    ),
    run: (html) => [
      extractLinks({ bodyHtml: html }),
      buildLinkTable({ ...emptySnapshot("eml"), bodyHtml: html }),
    ],
  },
  {
    name: "EML",
    input: mutatedMessage(SEED_MESSAGES),
    run: snapshotOf,
    costly: true,
  },
  {
    name: "analyze() on mutated messages",
    costly: true,
    input: mutatedMessage(SEED_MESSAGES),
    run: async (eml) => {
      const snapshot = await snapshotOf(eml);
      return snapshot && analyze(snapshot, context);
    },
  },
];
