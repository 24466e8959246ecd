import type { Finding } from "../analysis";
import { addressDomain } from "../domains/normalize";
import type { Mailbox } from "../message";
import type { Rule } from "./rule";

/** The sender's own addresses, each with the header it came from. */
function senderAddresses(
  from: Mailbox | undefined,
  sender: Mailbox | undefined,
  replyTo: Mailbox[],
  returnPath: string | undefined,
) {
  const out: { header: string; address: string }[] = [];
  if (from) out.push({ header: "From", address: from.address });
  if (sender) out.push({ header: "Sender", address: sender.address });
  for (const r of replyTo) out.push({ header: "Reply-To", address: r.address });
  if (returnPath) out.push({ header: "Return-Path", address: returnPath });
  return out;
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
    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const { header, address } of senderAddresses(
      message.from,
      message.sender,
      message.replyTo,
      message.returnPath,
    )) {
      const host = addressDomain(address);
      if (!host || host.isIp) continue;
      const spoof = context.domains.knownSpoof(host);
      if (!spoof || seen.has(`${header}|${host.host}`)) continue;
      seen.add(`${header}|${host.host}`);
      const imitates = spoof.imitates.join(", ") || "a trusted organisation";
      findings.push({
        rule: this.id,
        severity: this.meta.severity,
        title: `${header} address uses a known spoof domain`,
        detail:
          `The ${header} address ${address} uses ${host.host}, a domain on CampaignGuard's known spoof list. ` +
          `It was set up to imitate ${imitates}. Do not reply, click links or open attachments; report the message.`,
        evidence: {
          header,
          address,
          domain: host.host,
          listedDomain: spoof.domain,
          imitates: spoof.imitates,
          technique: spoof.technique,
          reported: spoof.reported,
          source: spoof.source,
          list: "known spoof list",
        },
        tip: this.meta.tip,
      });
    }
    return findings;
  },
};
