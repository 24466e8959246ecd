import { worst, type Severity } from "../analysis";
import { checkDomain } from "../domains/checkDomain";
import type { DomainMatch } from "../domains/techniques/technique";
import type { AddressHeader } from "../facts/messageFacts";
import { listOf, type Language } from "../words/language";
import { headersUse } from "./support/headerWords";
import { defineRule, type Report } from "./support/rule";

interface Hit {
  domain: string;
  unicode?: string;
  matches: readonly DomainMatch[];
  headers: AddressHeader[];
  addresses: string[];
}

interface Data {
  domain: string;
  /** How it displays, for a punycode domain. */
  unicode?: string;
  imitates: string[];
  headers: AddressHeader[];
  explanations: Record<Language, string>;
}

function severityOf(matches: readonly DomainMatch[]): Severity {
  return matches.reduce<Severity>((s, m) => worst(s, m.severity) as Severity, "caution");
}

function explanations(matches: readonly DomainMatch[]): Record<Language, string> {
  return {
    en: matches.map((m) => m.explain("en")).join(" "),
    es: matches.map((m) => m.explain("es")).join(" "),
  };
}

const messages = {
  // A homograph displays exactly like its target, so the title names what it really is.
  homograph: {
    title: {
      en: (d: Data) =>
        `Sender's domain only looks like ${listOf(d.imitates, "en")}: it is really ${d.domain}`,
      es: (d: Data) =>
        `El dominio del remitente solo parece ${listOf(d.imitates, "es")}: en realidad es ${d.domain}`,
    },
    detail: {
      en: (d: Data) =>
        `${headersUse(d.headers, "en")} ${d.domain} (displayed as ${d.unicode}). ${d.explanations.en} ` +
        `Treat the message as if it did not come from ${listOf(d.imitates, "en")}: do not sign in, reply or open attachments from it.`,
      es: (d: Data) =>
        `${headersUse(d.headers, "es")} ${d.domain} (que se muestra como ${d.unicode}). ${d.explanations.es} ` +
        `Trate el mensaje como si no viniera de ${listOf(d.imitates, "es")}: no inicie sesión, no responda ni abra sus adjuntos.`,
    },
  },
  imitation: {
    title: {
      en: (d: Data) => `Sender's domain imitates ${listOf(d.imitates, "en")}: ${d.domain}`,
      es: (d: Data) => `El dominio del remitente imita a ${listOf(d.imitates, "es")}: ${d.domain}`,
    },
    detail: {
      en: (d: Data) =>
        `${headersUse(d.headers, "en")} ${d.domain}. ${d.explanations.en} ` +
        `Treat the message as if it did not come from ${listOf(d.imitates, "en")}: do not sign in, reply or open attachments from it.`,
      es: (d: Data) =>
        `${headersUse(d.headers, "es")} ${d.domain}. ${d.explanations.es} ` +
        `Trate el mensaje como si no viniera de ${listOf(d.imitates, "es")}: no inicie sesión, no responda ni abra sus adjuntos.`,
    },
  },
  // An international name browsers refuse to display, imitating no one in particular.
  "deceptive-name": {
    title: {
      en: (d: Data) => `Sender's domain is an international name browsers would not display: ${d.domain}`,
      es: (d: Data) =>
        `El dominio del remitente es un nombre internacional que los navegadores no mostrarían: ${d.domain}`,
    },
    detail: {
      en: (d: Data) =>
        `${headersUse(d.headers, "en")} ${d.domain}${d.unicode ? ` (displayed as ${d.unicode})` : ""}. ${d.explanations.en} ` +
        `Such names are made to look like something they are not; do not trust the message because the sender looks familiar.`,
      es: (d: Data) =>
        `${headersUse(d.headers, "es")} ${d.domain}${d.unicode ? ` (que se muestra como ${d.unicode})` : ""}. ${d.explanations.es} ` +
        `Estos nombres se crean para parecer lo que no son; no confíe en el mensaje porque el remitente le resulte conocido.`,
    },
  },
};

export const senderLookalike = defineRule({
  id: "sender-lookalike-domain",
  meta: {
    category: "sender",
    severity: "dangerous",
    tip: "lookalike-domain",
    docs: "Runs From, Sender, Reply-To and Return-Path domains through the look-alike engine (documented spoofs are sender-known-spoof's).",
    messages,
  },
  check(facts, context) {
    const hits = new Map<string, Hit>();
    for (const { header, address, domain } of facts.addresses) {
      if (!domain || context.domains.knownSpoof(domain.host)) continue;
      const key = domain.host.host;
      let hit = hits.get(key);
      if (!hit) {
        const check = checkDomain(key, context.domains);
        if (check.matches.length === 0) continue;
        hit = { domain: key, unicode: check.unicode, matches: check.matches, headers: [], addresses: [] };
        hits.set(key, hit);
      }
      if (!hit.headers.includes(header)) hit.headers.push(header);
      if (!hit.addresses.includes(address)) hit.addresses.push(address);
    }
    return [...hits.values()].map(
      ({ domain, unicode, matches, headers, addresses }): Report<typeof messages> => {
        const imitates = [...new Set(matches.flatMap((m) => m.imitates))];
        const message = imitates.length === 0 ? "deceptive-name" : unicode ? "homograph" : "imitation";
        return {
          message,
          data: {
            domain,
            ...(unicode ? { unicode } : {}),
            imitates,
            headers,
            explanations: explanations(matches),
          },
          severity: severityOf(matches),
          evidence: {
            headers,
            addresses,
            domain,
            ...(unicode ? { displayedAs: unicode } : {}),
            imitates,
            techniques: matches.map((m) => m.technique),
          },
          tip: `lookalike-${matches[0].technique}`,
        };
      },
    );
  },
});
