import type { Finding } from "../analysis";
import type { Rule } from "./rule";
import { describeDomain, domainFacts, senderFacts } from "./senderFacts";

export const replyToElsewhere: Rule = {
  id: "reply-to-elsewhere",
  meta: {
    title: "Replies go somewhere else",
    severity: "suspicious",
    tip: "reply-to-elsewhere",
    docs: "Flags a Reply-To only when it matters: a free mailbox or another organisation while From claims the organisation or a protected domain (look-alike Reply-To domains are sender-lookalike-domain's). Mailing lists set Reply-To all the time, so a different Reply-To alone is not flagged.",
  },
  check(message, context) {
    const { from } = senderFacts(message, context);
    if (!from || from.standing === "other") return [];
    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const r of message.replyTo) {
      const reply = domainFacts(r.address, context);
      if (!reply || reply.host.registrable === from.host.registrable || seen.has(reply.host.registrable))
        continue;
      seen.add(reply.host.registrable);
      // A sibling of a protected owner (office.com for microsoft.com) is the same organisation.
      if (!reply.freeMail && context.domains.isTrusted(reply.host.registrable)) continue;
      const where = reply.freeMail ? `a free ${reply.host.registrable} mailbox` : reply.host.registrable;
      findings.push({
        rule: replyToElsewhere.id,
        severity: replyToElsewhere.meta.severity,
        title: `Replies go to ${where}, not to ${from.host.registrable}`,
        detail:
          `The message says it is from ${describeDomain(from)}, but pressing Reply would send your answer to ${r.address}. ` +
          `Impersonators do this so the conversation continues with them. Write to the person at an address you already know instead.`,
        evidence: { from: message.from?.address ?? "", replyTo: r.address, freeMail: reply.freeMail },
        tip: replyToElsewhere.meta.tip,
      });
    }
    return findings;
  },
};
