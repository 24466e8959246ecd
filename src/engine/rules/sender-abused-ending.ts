import { abusedEnding } from "../domains/data/abusedEndings";
import { defineRule } from "./support/rule";

interface Data {
  domain: string;
  ending: string;
}

export const senderAbusedEnding = defineRule({
  id: "sender-abused-ending",
  meta: {
    category: "sender",
    severity: "caution",
    tip: "sender-abused-ending",
    docs: "The From domain ends in one of the endings most abused for phishing (.top, .xyz, .shop, .click, .sbs …, per Spamhaus and Interisle). A booster: ordinary businesses use them too.",
    messages: {
      ending: {
        title: {
          en: (d: Data) => `The sender's domain has a cheap ending favoured by phishers (.${d.ending})`,
          es: (d: Data) =>
            `El dominio del remitente tiene una terminación barata que prefieren los estafadores (.${d.ending})`,
        },
        detail: {
          en: (d: Data) =>
            `${d.domain} ends in .${d.ending}, where names cost a dollar or two and are bought by the thousand for phishing. Many owners are honest; together with the other signs here, be careful.`,
          es: (d: Data) =>
            `${d.domain} termina en .${d.ending}, donde los nombres cuestan uno o dos dólares y se compran por miles para el phishing. Muchos dueños son honrados; junto con las demás señales, tenga cuidado.`,
        },
      },
    },
  },
  check(facts) {
    const host = facts.from?.domain?.host;
    if (!host) return [];
    const ending = abusedEnding(host.publicSuffix);
    if (!ending) return [];
    return [
      {
        message: "ending",
        data: { domain: host.registrable, ending },
        booster: true,
        evidence: { domain: host.registrable, ending: `.${ending}` },
      },
    ];
  },
});
