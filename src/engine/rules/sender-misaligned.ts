import { addressDomain } from "../domains/normalize";
import { describeDomain } from "../facts/domainFacts";
import { listOf } from "../words/language";
import { defineRule } from "./support/rule";

/** The registrable domain of an address or bare domain ("bounce@mail.example.org", "example.org"). */
function registrableOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  return addressDomain(value.includes("@") ? value : `x@${value}`)?.registrable;
}

interface Data {
  own: string;
  sender: string;
  others: string[];
}

export const senderMisaligned = defineRule({
  id: "sender-misaligned",
  meta: {
    category: "authentication",
    severity: "suspicious",
    tip: "sender-misaligned",
    docs: "For a From address of the organisation or a protected domain without a DMARC verdict: does the Return-Path, the Sender or a verified DKIM signature belong to the same registrable domain?",
    messages: {
      misaligned: {
        title: {
          en: (d: Data) => `The message was not sent by ${d.own}'s own servers`,
          es: (d: Data) => `El mensaje no lo enviaron los servidores de ${d.own}`,
        },
        detail: {
          en: (d: Data) =>
            `The From address is at ${d.sender}, but the message's technical sender identities belong to ${listOf(d.others, "en")}. ` +
            `Real mail from ${d.own} is usually sent and signed by ${d.own} itself; check with the sender another way before acting on it.`,
          es: (d: Data) =>
            `La dirección del remitente es de ${d.sender}, pero las identidades técnicas del envío pertenecen a ${listOf(d.others, "es")}. ` +
            `El correo real de ${d.own} suele enviarlo y firmarlo el propio ${d.own}; compruébelo con el remitente por otra vía antes de hacer nada.`,
        },
      },
    },
  },
  check(facts) {
    const { auth, internal } = facts;
    const from = facts.from?.domain;
    // DMARC (and Microsoft's compauth) already decide alignment; only an unevaluated message needs this.
    if (!from || !auth || internal || from.standing === "other") return [];
    if (auth.dmarc && auth.dmarc.result !== "none") return [];
    if (auth.compauth?.result === "pass") return [];
    const returnPath = registrableOf(facts.message.returnPath ?? auth.spf?.props["smtp.mailfrom"]);
    const dkim = auth.dkim
      .filter((d) => d.result === "pass")
      .map((d) => registrableOf(d.props["header.d"] ?? d.props["header.i"]))
      .filter((d): d is string => !!d);
    const sender = registrableOf(facts.message.sender?.address);
    const own = from.host.registrable;
    const identities = [returnPath, ...dkim].filter((d): d is string => !!d);
    if (identities.length === 0 || identities.includes(own)) return [];
    const others = [...new Set([...identities, ...(sender && sender !== own ? [sender] : [])])];
    return [
      {
        message: "misaligned",
        data: { own, sender: describeDomain(from), others },
        // A brand sending through a mailing service is common; the organisation's own name is not.
        severity: from.standing === "organization" ? "suspicious" : "caution",
        evidence: {
          fromDomain: own,
          returnPathDomain: returnPath ?? null,
          dkimDomains: dkim,
          senderDomain: sender ?? null,
        },
      },
    ];
  },
});
