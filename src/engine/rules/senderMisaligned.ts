import { addressDomain } from "../domains/normalize";
import type { Rule } from "./rule";
import { describeDomain, senderFacts } from "./senderFacts";

/** The registrable domain of an address or bare domain ("bounce@mail.example.org", "example.org"). */
function registrableOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  return addressDomain(value.includes("@") ? value : `x@${value}`)?.registrable;
}

export const senderMisaligned: Rule = {
  id: "sender-misaligned",
  meta: {
    title: "Sender's identities do not belong to the From domain",
    severity: "suspicious",
    tip: "sender-misaligned",
    docs: "For a From address of the organisation or a protected domain without a DMARC verdict: does the Return-Path, the Sender or a verified DKIM signature belong to the same registrable domain?",
  },
  check(message, context) {
    const { from, auth, internal } = senderFacts(message, context);
    // DMARC (and Microsoft's compauth) already decide alignment; only an unevaluated message needs this.
    if (!from || !auth || internal || from.standing === "other") return [];
    if (auth.dmarc && auth.dmarc.result !== "none") return [];
    if (auth.compauth?.result === "pass") return [];
    const returnPath = registrableOf(message.returnPath ?? auth.spf?.props["smtp.mailfrom"]);
    const dkim = auth.dkim
      .filter((d) => d.result === "pass")
      .map((d) => registrableOf(d.props["header.d"] ?? d.props["header.i"]))
      .filter((d): d is string => !!d);
    const sender = registrableOf(message.sender?.address);
    const own = from.host.registrable;
    const identities = [returnPath, ...dkim].filter((d): d is string => !!d);
    if (identities.length === 0 || identities.includes(own)) return [];
    const others = [...new Set([...identities, ...(sender && sender !== own ? [sender] : [])])];
    return [
      {
        rule: senderMisaligned.id,
        // A brand sending through a mailing service is common; the organisation's own name is not.
        severity: from.standing === "organization" ? "suspicious" : "caution",
        title: `The message was not sent by ${own}'s own servers`,
        detail:
          `The From address is at ${describeDomain(from)}, but the message's technical sender identities belong to ${others.join(", ")}. ` +
          `Real mail from ${own} is usually sent and signed by ${own} itself; check with the sender another way before acting on it.`,
        evidence: {
          fromDomain: own,
          returnPathDomain: returnPath ?? null,
          dkimDomains: dkim,
          senderDomain: sender ?? null,
        },
        tip: senderMisaligned.meta.tip,
      },
    ];
  },
};
