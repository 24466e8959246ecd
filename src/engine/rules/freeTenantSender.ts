import type { Rule } from "./rule";
import { namedOrganisation } from "./organisationNames";
import { senderFacts } from "./senderFacts";
import { addressDomain } from "../domains/normalize";

/** Free Microsoft 365 trial tenants: anyone can send from name.onmicrosoft.com within minutes. */
function isFreeTenant(address: string | undefined): string | undefined {
  const host = address ? addressDomain(address) : undefined;
  return host && (host.host === "onmicrosoft.com" || host.host.endsWith(".onmicrosoft.com"))
    ? host.host
    : undefined;
}

export const freeTenantSender: Rule = {
  id: "free-tenant-sender",
  meta: {
    title: "Sent from a free Microsoft 365 tenant",
    severity: "caution",
    tip: "free-tenant-sender",
    docs: "From or Return-Path on *.onmicrosoft.com, raised when the sender's name claims a protected organisation.",
  },
  check(message, context) {
    const { from } = senderFacts(message, context);
    const tenant = isFreeTenant(message.from?.address) ?? isFreeTenant(message.returnPath);
    if (!tenant || !from || from.standing === "organization") return [];
    const claims = namedOrganisation(message.from?.name ?? "", context);
    return [
      {
        rule: freeTenantSender.id,
        severity: claims ? "suspicious" : "caution",
        title: claims
          ? `${claims.entry.name} would not write from a free Microsoft 365 tenant`
          : `Sent from a free Microsoft 365 tenant (${tenant})`,
        detail:
          `The message was sent through ${tenant}, a starter address every new Microsoft 365 subscription gets, which phishers open for free.` +
          (claims
            ? ` The sender's name claims to be ${claims.entry.name}, whose mail comes from ${claims.domain}.`
            : " Real organisations normally write from their own domain."),
        evidence: { tenant, from: message.from?.address ?? "", claims: claims?.entry.name ?? null },
        tip: freeTenantSender.meta.tip,
      },
    ];
  },
};
