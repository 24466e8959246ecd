import type { SpoofEntry } from "../domains/lists";
import type { AddressHeader } from "../facts/messageFacts";
import { listOf } from "../words/language";
import { headersUse } from "./support/headerWords";
import { defineRule } from "./support/rule";

interface Hit {
  spoof: SpoofEntry;
  domain: string;
  headers: AddressHeader[];
  addresses: string[];
}

interface Data {
  domain: string;
  headers: AddressHeader[];
  imitates: string[];
}

export const senderKnownSpoof = defineRule({
  id: "sender-known-spoof",
  meta: {
    category: "sender",
    severity: "dangerous",
    tip: "known-spoof-domain",
    docs: "Checks From, Sender, Reply-To and Return-Path against the documented spoof list.",
    messages: {
      spoof: {
        title: {
          en: (d: Data) => `Sender uses a known spoof domain: ${d.domain}`,
          es: (d: Data) => `El remitente usa un dominio falso conocido: ${d.domain}`,
        },
        detail: {
          en: (d: Data) =>
            `${headersUse(d.headers, "en")} ${d.domain}, a known spoof domain set up to imitate ${listOf(d.imitates, "en") || "a trusted organisation"}.`,
          es: (d: Data) =>
            `${headersUse(d.headers, "es")} ${d.domain}, un dominio falso conocido creado para imitar a ${listOf(d.imitates, "es") || "una organización de confianza"}.`,
        },
      },
    },
  },
  check(facts, context) {
    // One finding per spoof domain, naming every header it appears in: the same domain in From and
    // Return-Path is one problem, not two.
    const hits = new Map<string, Hit>();
    for (const { header, address, domain } of facts.addresses) {
      if (!domain) continue;
      const spoof = context.domains.knownSpoof(domain.host);
      if (!spoof) continue;
      const key = domain.host.host;
      const hit = hits.get(key) ?? { spoof, domain: key, headers: [], addresses: [] };
      if (!hit.headers.includes(header)) hit.headers.push(header);
      if (!hit.addresses.includes(address)) hit.addresses.push(address);
      hits.set(key, hit);
    }
    return [...hits.values()].map(({ spoof, domain, headers, addresses }) => ({
      message: "spoof" as const,
      data: { domain, headers, imitates: spoof.imitates },
      evidence: {
        headers,
        addresses,
        domain,
        listedDomain: spoof.domain,
        imitates: spoof.imitates,
        technique: spoof.technique,
        reported: spoof.reported,
        source: spoof.source,
      },
    }));
  },
});
