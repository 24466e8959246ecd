import type { Finding } from "../analysis";
import { addressDomain } from "../domains/normalize";
import type { SpoofEntry } from "../domains/lists";
import type { MessageSnapshot } from "../message";
import type { Rule } from "./rule";

/** The sender's own addresses, each with the header it came from. */
function senderAddresses(message: MessageSnapshot): { header: string; address: string }[] {
  const out: { header: string; address: string }[] = [];
  if (message.from) out.push({ header: "From", address: message.from.address });
  if (message.sender) out.push({ header: "Sender", address: message.sender.address });
  for (const r of message.replyTo) out.push({ header: "Reply-To", address: r.address });
  if (message.returnPath) out.push({ header: "Return-Path", address: message.returnPath });
  return out;
}

function listWords(words: string[]): string {
  return words.length <= 1
    ? words.join("")
    : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

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
      const where = `${listWords(headers)} address${headers.length > 1 ? "es use" : " uses"}`;
      return {
        rule: senderKnownSpoof.id,
        severity: senderKnownSpoof.meta.severity,
        title: `Sender uses a known spoof domain: ${domain}`,
        detail:
          `The ${where} ${domain}, a domain on CampaignGuard's known spoof list. ` +
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
