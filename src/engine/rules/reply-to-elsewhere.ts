import { checkDomain } from "../domains/checkDomain";
import { describeDomain, domainFacts } from "../facts/domainFacts";
import { defineRule, type Report } from "./support/rule";

interface Data {
  /** "senate.gov (U.S. Senate)". */
  sender: string;
  fromDomain: string;
  replyTo: string;
  replyDomain: string;
  freeMail: boolean;
}

const REPLY = {
  en: (d: Data) => `pressing Reply would send your answer to ${d.replyTo}`,
  es: (d: Data) => `al pulsar Responder su respuesta iría a ${d.replyTo}`,
};

const messages = {
  elsewhere: {
    title: {
      en: (d: Data) =>
        `Replies go to ${d.freeMail ? `a free ${d.replyDomain} mailbox` : d.replyDomain}, not to ${d.fromDomain}`,
      es: (d: Data) =>
        `Las respuestas van a ${d.freeMail ? `un buzón gratuito de ${d.replyDomain}` : d.replyDomain}, no a ${d.fromDomain}`,
    },
    detail: {
      en: (d: Data) =>
        `The message says it is from ${d.sender}, but ${REPLY.en(d)}. ` +
        `Impersonators do this so the conversation continues with them. Write to the person at an address you already know instead.`,
      es: (d: Data) =>
        `El mensaje dice venir de ${d.sender}, pero ${REPLY.es(d)}. ` +
        `Los suplantadores lo hacen para que la conversación siga con ellos. Escriba a la persona a una dirección que ya conozca.`,
    },
  },
  "free-mail": {
    title: {
      en: (d: Data) => `Replies go to a free ${d.replyDomain} mailbox, not to ${d.fromDomain}`,
      es: (d: Data) => `Las respuestas van a un buzón gratuito de ${d.replyDomain}, no a ${d.fromDomain}`,
    },
    detail: {
      en: (d: Data) =>
        `The message comes from ${d.sender}, but ${REPLY.en(d)}, a mailbox anyone can open. Scammers keep the conversation in a mailbox of their own.`,
      es: (d: Data) =>
        `El mensaje viene de ${d.sender}, pero ${REPLY.es(d)}, un buzón que cualquiera puede abrir. Los estafadores mantienen la conversación en un buzón propio.`,
    },
  },
  "mailto-free-mail": {
    title: {
      en: (d: Data) => `The message asks you to write to a free ${d.replyDomain} mailbox`,
      es: (d: Data) => `El mensaje le pide escribir a un buzón gratuito de ${d.replyDomain}`,
    },
    detail: {
      en: (d: Data) =>
        `It comes from ${d.sender}, but its link to write back goes to ${d.replyTo}, a mailbox anyone can open. Scammers keep the conversation in a mailbox of their own.`,
      es: (d: Data) =>
        `Viene de ${d.sender}, pero su enlace para contestar va a ${d.replyTo}, un buzón que cualquiera puede abrir. Los estafadores mantienen la conversación en un buzón propio.`,
    },
  },
};

export const replyToElsewhere = defineRule({
  id: "reply-to-elsewhere",
  meta: {
    category: "sender",
    severity: "caution",
    tip: "reply-to-elsewhere",
    docs: "Flags a Reply-To only when it matters: a free mailbox or another organisation while From claims the organisation or a protected domain (suspicious; look-alike Reply-To domains are sender-lookalike-domain's), and, as a caution, a free mailbox in the Reply-To or a mailto: link while an ordinary company's domain sends. Mailing lists set Reply-To all the time, so a different Reply-To alone is not flagged.",
    messages,
  },
  check(facts, context) {
    const from = facts.from?.domain;
    if (!from) return [];
    const reports: Report<typeof messages>[] = [];
    const seen = new Set<string>();
    for (const reply of facts.addresses) {
      const domain = reply.domain;
      if (reply.header !== "Reply-To" || !domain) continue;
      const registrable = domain.host.registrable;
      if (registrable === from.host.registrable || seen.has(registrable)) continue;
      seen.add(registrable);
      const data: Data = {
        sender: describeDomain(from),
        fromDomain: from.owner,
        replyTo: reply.address,
        replyDomain: domain.owner,
        freeMail: domain.freeMail,
      };
      const evidence = { from: facts.from?.address ?? "", replyTo: reply.address, freeMail: domain.freeMail };
      if (from.standing === "other") {
        // Mailing lists set Reply-To all the time; a stranger's free mailbox from a company is rarer.
        if (domain.freeMail && !from.freeMail) reports.push({ message: "free-mail", data, evidence });
        continue;
      }
      // A sibling of a protected owner (office.com for microsoft.com) is the same organisation.
      if (!domain.freeMail && context.domains.isTrusted(registrable)) continue;
      // A look-alike or spoof domain is the look-alike rules' finding, with a better explanation.
      if (checkDomain(domain.host.host, context.domains).matches.length > 0) continue;
      reports.push({ message: "elsewhere", data, severity: "suspicious", evidence });
    }
    if (reports.length > 0 || from.freeMail) return reports;
    // "Reply to this address": a mailto: link to a free mailbox does the same as a Reply-To.
    for (const row of facts.links.rows) {
      if (row.scheme !== "mailto:") continue;
      const address = decodeURIComponent(row.destination.slice("mailto:".length).split("?")[0] ?? "").trim();
      const domain = domainFacts(address, context);
      if (!domain?.freeMail || domain.host.registrable === from.host.registrable) continue;
      const data: Data = {
        sender: describeDomain(from),
        fromDomain: from.owner,
        replyTo: address,
        replyDomain: domain.owner,
        freeMail: true,
      };
      return [
        { message: "mailto-free-mail", data, evidence: { from: facts.from?.address ?? "", mailto: address } },
      ];
    }
    return reports;
  },
});
