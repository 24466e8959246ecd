import { worst, type Finding, type Severity } from "../analysis";
import { checkDomain } from "../domains/checkDomain";
import { addressDomain } from "../domains/normalize";
import type { DomainMatch } from "../domains/techniques/technique";
import type { Rule } from "./rule";
import { headersUse, senderAddresses } from "./senderAddresses";

interface Hit {
  domain: string;
  unicode?: string;
  matches: readonly DomainMatch[];
  headers: string[];
  addresses: string[];
}

function severityOf(matches: readonly DomainMatch[]): Severity {
  return matches.reduce<Severity>((s, m) => worst(s, m.severity) as Severity, "caution");
}

export const senderLookalike: Rule = {
  id: "sender-lookalike-domain",
  meta: {
    title: "Sender's domain imitates a trusted one",
    severity: "dangerous",
    tip: "lookalike-domain",
    docs: "Runs From, Sender, Reply-To and Return-Path domains through the look-alike engine (documented spoofs are sender-known-spoof's).",
  },
  check(message, context) {
    const hits = new Map<string, Hit>();
    for (const { header, address } of senderAddresses(message)) {
      const host = addressDomain(address);
      if (!host || host.isIp || context.domains.knownSpoof(host)) continue;
      let hit = hits.get(host.host);
      if (!hit) {
        const check = checkDomain(host.host, context.domains);
        if (check.matches.length === 0) continue;
        hit = {
          domain: host.host,
          unicode: check.unicode,
          matches: check.matches,
          headers: [],
          addresses: [],
        };
        hits.set(host.host, hit);
      }
      if (!hit.headers.includes(header)) hit.headers.push(header);
      if (!hit.addresses.includes(address)) hit.addresses.push(address);
    }
    return [...hits.values()].map(({ domain, unicode, matches, headers, addresses }): Finding => {
      const imitated = [...new Set(matches.flatMap((m) => m.imitates))];
      const shown = unicode ? `${domain} (displayed as ${unicode})` : domain;
      const target = imitated.length > 0 ? imitated.join(" and ") : "a trusted name";
      return {
        rule: senderLookalike.id,
        severity: severityOf(matches),
        // A homograph displays exactly like its target, so the title names what it really is.
        title: unicode
          ? `Sender's domain only looks like ${target}: it is really ${domain}`
          : `Sender's domain imitates ${target}: ${domain}`,
        detail:
          `${headersUse(headers)} ${shown}. ${matches.map((m) => m.explanation).join(" ")} ` +
          `Treat the message as if it did not come from ${target}: do not sign in, reply or open attachments from it.`,
        evidence: {
          headers,
          addresses,
          domain,
          ...(unicode ? { displayedAs: unicode } : {}),
          imitates: imitated,
          techniques: matches.map((m) => m.technique),
        },
        tip: `lookalike-${matches[0].technique}`,
      };
    });
  },
};
