import { addressDomain } from "../domains/normalize";
import { defineRule } from "./support/rule";

/** Free Microsoft 365 trial tenants: anyone can send from name.onmicrosoft.com within minutes. */
function isFreeTenant(address: string | undefined): string | undefined {
  const host = address ? addressDomain(address) : undefined;
  return host && (host.host === "onmicrosoft.com" || host.host.endsWith(".onmicrosoft.com"))
    ? host.host
    : undefined;
}

interface Data {
  tenant: string;
  claims?: string;
  realDomain?: string;
}

export const freeTenantSender = defineRule({
  id: "free-tenant-sender",
  meta: {
    category: "sender",
    severity: "caution",
    tip: "free-tenant-sender",
    docs: "From or Return-Path on *.onmicrosoft.com, raised when the sender's name claims a protected organisation.",
    messages: {
      tenant: {
        title: {
          en: (d: Data) => `Sent from a free Microsoft 365 tenant (${d.tenant})`,
          es: (d: Data) => `Enviado desde una cuenta gratuita de Microsoft 365 (${d.tenant})`,
        },
        detail: {
          en: (d: Data) =>
            `The message was sent through ${d.tenant}, a starter address every new Microsoft 365 subscription gets, which phishers open for free. Real organisations normally write from their own domain.`,
          es: (d: Data) =>
            `El mensaje se envió a través de ${d.tenant}, una dirección inicial que recibe cada nueva suscripción de Microsoft 365 y que los estafadores abren gratis. Las organizaciones reales suelen escribir desde su propio dominio.`,
        },
      },
      "tenant-claims-brand": {
        title: {
          en: (d: Data) => `${d.claims} would not write from a free Microsoft 365 tenant`,
          es: (d: Data) => `${d.claims} no escribiría desde una cuenta gratuita de Microsoft 365`,
        },
        detail: {
          en: (d: Data) =>
            `The message was sent through ${d.tenant}, a starter address every new Microsoft 365 subscription gets, which phishers open for free. The sender's name claims to be ${d.claims}, whose mail comes from ${d.realDomain}.`,
          es: (d: Data) =>
            `El mensaje se envió a través de ${d.tenant}, una dirección inicial que recibe cada nueva suscripción de Microsoft 365 y que los estafadores abren gratis. El nombre del remitente dice ser ${d.claims}, cuyo correo viene de ${d.realDomain}.`,
        },
      },
    },
  },
  check(facts) {
    const from = facts.from;
    const tenant = isFreeTenant(from?.address) ?? isFreeTenant(facts.message.returnPath);
    if (!tenant || !from?.domain || from.domain.standing === "organization") return [];
    const claims = facts.claimedByName;
    const evidence = { tenant, from: from.address, claims: claims?.entry.name ?? null };
    if (!claims) return [{ message: "tenant", data: { tenant }, evidence }];
    return [
      {
        message: "tenant-claims-brand",
        data: { tenant, claims: claims.entry.name, realDomain: claims.domain },
        severity: "suspicious",
        evidence,
      },
    ];
  },
});
