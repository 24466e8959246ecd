import type { AuthResult } from "./authResults";
import { describeAntispam, parseForefrontAntispam, parseMicrosoftAntispam } from "./antispam";
import type { AuthVerdicts } from "./authSummary";
import { firstHeader, headerValues, type HeaderField } from "./headerBlock";
import { formatDelay, receivedChain } from "./receivedChain";

/** What the headers say, in words, for the pane's "Message details" and the JSON output. */
export interface HeaderSummary {
  authentication: {
    /** Where the results came from: "Authentication-Results", "ARC", "Received-SPF" or "none". */
    source: string;
    /** One line per method: "DMARC: fail (header.from=senate.gov)". */
    results: string[];
    /** Results below the receiving server's, ignored because a sender could have written them. */
    ignored: number;
  };
  route: {
    hops: { hop: number; from?: string; by?: string; with?: string; date?: string; delay?: string }[];
    totalDelay?: string;
    /** The server where the message entered the receiving organisation. */
    entered?: string;
    /** Information only: out-of-order or future dates. */
    notes: string[];
  };
  /** Microsoft's own filter verdicts (X-Forefront-Antispam-Report, X-Microsoft-Antispam). */
  filter: string[];
}

const SOURCE = {
  "authentication-results": "Authentication-Results",
  arc: "ARC",
  "received-spf": "Received-SPF",
  none: "none",
};

function line(label: string, r: AuthResult | undefined): string[] {
  if (!r) return [];
  const props = Object.entries(r.props).filter(([k]) => k !== "reason");
  const detail = [...(r.reason ? [`reason ${r.reason}`] : []), ...props.map(([k, v]) => `${k}=${v}`)];
  return [`${label}: ${r.result}${detail.length > 0 ? ` (${detail.join(", ")})` : ""}`];
}

/** The summary of a message's parsed header fields and the authentication verdicts taken from them. */
export function summarizeHeaders(
  fields: readonly HeaderField[],
  auth: AuthVerdicts,
  now: number,
): HeaderSummary {
  const results = [
    ...line("DMARC", auth.dmarc),
    ...line("Microsoft composite authentication", auth.compauth),
    ...line("SPF", auth.spf),
    ...auth.dkim.flatMap((d) => line("DKIM", d)),
    ...line("ARC", auth.arc),
    ...(auth.receivedSpf && !auth.spf ? [`SPF: ${auth.receivedSpf.result} (Received-SPF)`] : []),
  ];
  const chain = receivedChain(headerValues(fields, "received"), now);
  const forefront = firstHeader(fields, "x-forefront-antispam-report");
  const microsoft = firstHeader(fields, "x-microsoft-antispam");
  const bcl = microsoft === undefined ? undefined : parseMicrosoftAntispam(microsoft).bcl;
  return {
    authentication: { source: SOURCE[auth.source], results, ignored: auth.untrustedIgnored },
    route: {
      hops: chain.hops.map((h) => ({
        hop: h.hop,
        ...(h.from ? { from: h.from } : {}),
        ...(h.by ? { by: h.by } : {}),
        ...(h.with ? { with: h.with } : {}),
        ...(h.date !== undefined ? { date: new Date(h.date).toISOString() } : {}),
        ...(h.delayMs !== undefined ? { delay: formatDelay(h.delayMs) } : {}),
      })),
      ...(chain.totalDelayMs !== undefined ? { totalDelay: formatDelay(chain.totalDelayMs) } : {}),
      ...(chain.firstExternal?.by ? { entered: chain.firstExternal.by } : {}),
      notes: chain.notes,
    },
    filter: [
      ...(forefront === undefined ? [] : describeAntispam(parseForefrontAntispam(forefront))),
      ...(bcl === undefined ? [] : [`Bulk complaint level ${bcl} of 9`]),
    ],
  };
}
