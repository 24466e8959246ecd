/**
 * Which authentication results to believe. Any sender can write an Authentication-Results header into
 * its own message, so only the receiving organisation's instances count: headers are added on top as a
 * message travels, so the topmost instance is the last hop's, and anything below the next Received
 * header was there before that hop saw the message.
 */
import {
  parseArcAuthenticationResults,
  parseAuthenticationResults,
  parseReceivedSpf,
  type AuthResult,
  type AuthResultsHeader,
  type ReceivedSpf,
} from "./authResults";

export interface AuthVerdicts {
  spf?: AuthResult;
  dkim: AuthResult[];
  dmarc?: AuthResult;
  compauth?: AuthResult;
  arc?: AuthResult;
  bimi?: AuthResult;
  receivedSpf?: ReceivedSpf;
  source: "authentication-results" | "arc" | "received-spf" | "none";
  trustedAuthservId?: string;
  /** Instances ignored because a sender could have added them. */
  untrustedIgnored: number;
}

interface Instance {
  /** Position in the header list. */
  at: number;
  header: AuthResultsHeader;
}

const idOf = (h: AuthResultsHeader) => (h.authservId ?? "").toLowerCase();

/** Exchange Online stamps these on every message it delivers; its own Authentication-Results has no authserv-id. */
function exchangeOnline(names: readonly string[]): boolean {
  return names.some(
    (n) => n === "x-ms-exchange-organization-authas" || n.startsWith("x-ms-exchange-crosstenant-"),
  );
}

/**
 * Indexes (into `instances`) of the receiving organisation's own instances: the topmost and those
 * below it from the same hop (same authserv-id, no Received header between); Microsoft's authserv-less
 * one and its hop on an Exchange Online message; and any whose authserv-id is configured.
 */
function trusted(
  names: readonly string[],
  instances: readonly Instance[],
  authservIds: readonly string[],
): Set<number> {
  const receivedBefore: number[] = [0];
  names.forEach((n, i) => receivedBefore.push(receivedBefore[i] + (n === "received" ? 1 : 0)));
  const keep = new Set<number>();
  const hop = (first: number) => {
    keep.add(first);
    for (let k = first + 1; k < instances.length; k++) {
      const sameHop = receivedBefore[instances[k].at] === receivedBefore[instances[k - 1].at];
      if (!sameHop || idOf(instances[k].header) !== idOf(instances[first].header)) break;
      keep.add(k);
    }
  };
  hop(0);
  if (exchangeOnline(names)) {
    const microsoft = instances.findIndex((x) => x.header.authservId === undefined);
    if (microsoft >= 0) hop(microsoft);
  }
  const configured = new Set(authservIds.map((id) => id.trim().toLowerCase()));
  instances.forEach((x, k) => {
    if (x.header.authservId !== undefined && configured.has(idOf(x.header))) keep.add(k);
  });
  return keep;
}

type MethodVerdicts = Pick<AuthVerdicts, "spf" | "dkim" | "dmarc" | "compauth" | "arc" | "bimi">;

/** One verdict per method from results in message order; SPF prefers the MAIL FROM check over HELO. */
function fromResults(results: readonly AuthResult[]): MethodVerdicts {
  const verdicts: MethodVerdicts = { dkim: results.filter((r) => r.method === "dkim") };
  const spf =
    results.find((r) => r.method === "spf" && "smtp.mailfrom" in r.props) ??
    results.find((r) => r.method === "spf");
  if (spf) verdicts.spf = spf;
  for (const method of ["dmarc", "compauth", "arc", "bimi"] as const) {
    const r = results.find((x) => x.method === method);
    if (r) verdicts[method] = r;
  }
  return verdicts;
}

/**
 * `headers`: [name, decodedValue] pairs in message order (topmost first). Falls back to the topmost
 * ARC-Authentication-Results, then the topmost Received-SPF, when there is no Authentication-Results;
 * `untrustedIgnored` counts the ignored instances of the header the verdicts came from.
 */
export function authVerdicts(
  headers: readonly (readonly [string, string])[],
  authservIds: readonly string[] = [],
): AuthVerdicts {
  const names = headers.map(([name]) => String(name).trim().toLowerCase());
  const at = (name: string) => names.flatMap((n, i) => (n === name ? [i] : []));
  const value = (i: number) => String(headers[i][1] ?? "");
  const spfAt = at("received-spf");
  const receivedSpf = spfAt.length > 0 ? { receivedSpf: parseReceivedSpf(value(spfAt[0])) } : {};

  const instances = at("authentication-results").map((i) => ({
    at: i,
    header: parseAuthenticationResults(value(i)),
  }));
  if (instances.length > 0) {
    const keep = trusted(names, instances, authservIds);
    const results = instances.filter((_, k) => keep.has(k)).flatMap((x) => x.header.results);
    const top = instances[0].header.authservId;
    return {
      ...fromResults(results),
      ...receivedSpf,
      source: "authentication-results",
      ...(top === undefined ? {} : { trustedAuthservId: top }),
      untrustedIgnored: instances.length - keep.size,
    };
  }
  const arcAt = at("arc-authentication-results");
  if (arcAt.length > 0) {
    const arc = parseArcAuthenticationResults(value(arcAt[0]));
    return {
      ...fromResults(arc.results),
      ...receivedSpf,
      source: "arc",
      ...(arc.authservId === undefined ? {} : { trustedAuthservId: arc.authservId }),
      untrustedIgnored: arcAt.length - 1,
    };
  }
  if (spfAt.length > 0)
    return { dkim: [], ...receivedSpf, source: "received-spf", untrustedIgnored: spfAt.length - 1 };
  return { dkim: [], source: "none", untrustedIgnored: 0 };
}
