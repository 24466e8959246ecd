import type { Verdict } from "../analysis";
import type { DomainIndex } from "./domainIndex";
import { normalizeHost } from "./normalize";

export interface DomainMatch {
  /** The protected domain(s) imitated, comma-separated for display. */
  imitates: string;
  technique: string;
  explanation: string;
  /** Public source of a documented case, when there is one. */
  source?: string;
}

export interface DomainCheck {
  input: string;
  /** The normalised host, or null when the input is not a usable host. */
  domain: string | null;
  verdict: Verdict;
  matches: DomainMatch[];
  /** Set when the input could not be understood as a domain or URL. */
  error?: string;
}

/** Every technique that applies to one domain or URL. Look-alike fuzzing adds techniques here. */
export function checkDomain(input: string, index: DomainIndex): DomainCheck {
  const host = normalizeHost(input);
  if (!host) {
    return { input, domain: null, verdict: "ok", matches: [], error: "not a domain name or URL" };
  }
  const matches: DomainMatch[] = [];
  const spoof = host.isIp ? undefined : index.knownSpoof(host);
  if (spoof) {
    const imitates = spoof.imitates.join(", ") || "a trusted organisation";
    const listed = spoof.domain === host.host ? spoof.domain : `${spoof.domain} (parent of ${host.host})`;
    matches.push({
      imitates,
      technique: "known-spoof",
      explanation: `${listed} is on the known spoof list: it was used to imitate ${imitates} (reported ${spoof.reported}, source: ${spoof.source}).`,
      source: spoof.source,
    });
  }
  return { input, domain: host.host, verdict: matches.length > 0 ? "dangerous" : "ok", matches };
}
