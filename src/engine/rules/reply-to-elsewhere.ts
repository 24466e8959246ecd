import { checkDomain } from "../domains/checkDomain";
import { describeDomain } from "../facts/domainFacts";
import { defineRule } from "./support/rule";

interface Data {
  /** "senate.gov (U.S. Senate)". */
  sender: string;
  fromDomain: string;
  replyTo: string;
  replyDomain: string;
  freeMail: boolean;
}

export const replyToElsewhere = defineRule({
  id: "reply-to-elsewhere",
  meta: {
    category: "sender",
    severity: "suspicious",
    tip: "reply-to-elsewhere",
    docs: "Flags a Reply-To only when it matters: a free mailbox or another organisation while From claims the organisation or a protected domain (look-alike Reply-To domains are sender-lookalike-domain's). Mailing lists set Reply-To all the time, so a different Reply-To alone is not flagged.",
    messages: {
      elsewhere: {
        title: {
          en: (d: Data) =>
            `Replies go to ${d.freeMail ? `a free ${d.replyDomain} mailbox` : d.replyDomain}, not to ${d.fromDomain}`,
          es: (d: Data) =>
            `Las respuestas van a ${d.freeMail ? `un buzón gratuito de ${d.replyDomain}` : d.replyDomain}, no a ${d.fromDomain}`,
        },
        detail: {
          en: (d: Data) =>
            `The message says it is from ${d.sender}, but pressing Reply would send your answer to ${d.replyTo}. ` +
            `Impersonators do this so the conversation continues with them. Write to the person at an address you already know instead.`,
          es: (d: Data) =>
            `El mensaje dice venir de ${d.sender}, pero al pulsar Responder su respuesta iría a ${d.replyTo}. ` +
            `Los suplantadores lo hacen para que la conversación siga con ellos. Escriba a la persona a una dirección que ya conozca.`,
        },
      },
    },
  },
  check(facts, context) {
    const from = facts.from?.domain;
    if (!from || from.standing === "other") return [];
    const seen = new Set<string>();
    const reports = [];
    for (const reply of facts.addresses) {
      const domain = reply.domain;
      if (reply.header !== "Reply-To" || !domain) continue;
      const registrable = domain.host.registrable;
      if (registrable === from.host.registrable || seen.has(registrable)) continue;
      seen.add(registrable);
      // A sibling of a protected owner (office.com for microsoft.com) is the same organisation.
      if (!domain.freeMail && context.domains.isTrusted(registrable)) continue;
      // A look-alike or spoof domain is the look-alike rules' finding, with a better explanation.
      if (checkDomain(domain.host.host, context.domains).matches.length > 0) continue;
      reports.push({
        message: "elsewhere" as const,
        data: {
          sender: describeDomain(from),
          fromDomain: from.owner,
          replyTo: reply.address,
          replyDomain: domain.owner,
          freeMail: domain.freeMail,
        },
        evidence: { from: facts.from?.address ?? "", replyTo: reply.address, freeMail: domain.freeMail },
      });
    }
    return reports;
  },
});
