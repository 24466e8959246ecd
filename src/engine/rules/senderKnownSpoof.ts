import type { Finding } from "../analysis";
import { addressDomain } from "../domains/normalize";
import type { SpoofEntry } from "../domains/lists";
import type { Rule } from "./rule";
import { headersUse, senderAddresses } from "./senderAddresses";

interface Hit {
  spoof: SpoofEntry;
  domain: string;
  headers: string[];
  addresses: string[];
}

export const senderKnownSpoof: Rule = {
  id: "sender-known-spoof",
  meta: {
    title: "Sender uses a known spoof domain",
    severity: "dangerous",
    tip: "known-spoof-domain",
    docs: "Checks From, Sender, Reply-To and Return-Path against the documented spoof list.",
  },
  check(message, context) {
    // One finding per spoof domain, naming every header it appears in: the same domain in From and
    // Return-Path is one problem, not two.
    const hits = new Map<string, Hit>();
    for (const { header, address } of senderAddresses(message)) {
      const host = addressDomain(address);
      if (!host || host.isIp) continue;
      const spoof = context.domains.knownSpoof(host);
      if (!spoof) continue;
      const hit = hits.get(host.host) ?? { spoof, domain: host.host, headers: [], addresses: [] };
      if (!hit.headers.includes(header)) hit.headers.push(header);
      if (!hit.addresses.includes(address)) hit.addresses.push(address);
      hits.set(host.host, hit);
    }
    return [...hits.values()].map(({ spoof, domain, headers, addresses }): Finding => {
      const imitates = spoof.imitates.join(", ") || "a trusted organisation";
      return {
        rule: senderKnownSpoof.id,
        severity: senderKnownSpoof.meta.severity,
        title: `Sender uses a known spoof domain: ${domain}`,
        detail:
          `${headersUse(headers)} ${domain}, a domain on CampaignGuard's known spoof list. ` +
          `It was set up to imitate ${imitates}. Do not reply, click links or open attachments; report the message.`,
        evidence: {
          headers,
          addresses,
          domain,
          listedDomain: spoof.domain,
          imitates: spoof.imitates,
          technique: spoof.technique,
          reported: spoof.reported,
          source: spoof.source,
          list: "known spoof list",
        },
        tip: senderKnownSpoof.meta.tip,
      };
    });
  },
};
