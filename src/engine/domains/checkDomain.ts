import { worst, type Verdict } from "../analysis";
import type { DomainIndex } from "./domainIndex";
import { normalizeHost } from "./normalize";
import { domainSubject, type DomainSubject } from "./subject";
import { TECHNIQUES } from "./techniques";
import { NO_MATCHES, type DomainMatch } from "./techniques/technique";

export interface DomainCheck {
  input: string;
  /** The normalised ASCII host, or null when the input is not a usable host. */
  domain: string | null;
  /** The host as a reader sees it, when punycode hides it ("sénate.gov"). */
  unicode?: string;
  verdict: Verdict;
  /** Every technique that applies, documented cases first. */
  matches: readonly DomainMatch[];
  /** Set when the input could not be understood as a domain or URL. */
  error?: string;
}

/**
 * The matching stage alone, on a domain already taken apart. The organisation's own domains, the
 * protected domains and their listed siblings are the real thing: only the spoof list applies to them.
 */
export function matchSubject(subject: DomainSubject, index: DomainIndex): readonly DomainMatch[] {
  const trusted = index.isTrusted(subject.host.registrable);
  // One pass of hash probes stands in for four techniques on an ordinary domain.
  const named = !trusted && index.mentionsProtectedName(subject);
  let matches: DomainMatch[] | undefined;
  for (const technique of TECHNIQUES) {
    if (trusted && technique.id !== "known-spoof") continue;
    if (technique.needsProtectedName && !named) continue;
    const found = technique.find(subject, index);
    if (found.length > 0) (matches ??= []).push(...found);
  }
  return matches ?? NO_MATCHES;
}

/**
 * Every way one domain or URL imitates a protected domain.
 */
export function checkDomain(input: string, index: DomainIndex): DomainCheck {
  const host = normalizeHost(input);
  if (!host) return { input, domain: null, verdict: "ok", matches: [], error: "not a domain name or URL" };
  const subject = domainSubject(host);
  if (!subject) return { input, domain: host.host, verdict: "ok", matches: [] };
  const matches = matchSubject(subject, index);
  const verdict = matches.reduce<Verdict>((v, m) => worst(v, m.severity), "ok");
  const check: DomainCheck = { input, domain: host.host, verdict, matches };
  if (subject.idn.unicode !== host.host) check.unicode = subject.idn.unicode;
  return check;
}
