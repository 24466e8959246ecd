import type { Finding } from "../analysis";
import { domainsInText } from "../domains/domainsInText";
import { parseAddressList, type AddressProblem } from "../headers/addresses";
import type { Rule } from "./rule";
import { namedOrganisation, words } from "./organisationNames";
import { senderFacts, type DomainFacts } from "./senderFacts";

const HIDDEN: Partial<Record<AddressProblem, string>> = {
  "encoded-at-in-name": "an encoded “@” that makes the name read like another address",
  "null-byte": "a hidden null character that can cut off what some mail programs show",
  "newline-in-name": "a hidden line break that can push the real address out of view",
  "control-chars-in-name": "hidden control characters",
};

/** Domains written in the display name ("security@senate.gov", "Senate.gov IT") other than the sender's own. */
function domainsInName(name: string, own: string): string[] {
  return domainsInText(name).filter((d) => d !== own);
}

function finding(
  severity: Finding["severity"],
  title: string,
  detail: string,
  evidence: Finding["evidence"],
): Finding {
  return {
    rule: displayNameImpersonation.id,
    severity,
    title,
    detail,
    evidence,
    tip: displayNameImpersonation.meta.tip,
  };
}

function vipClaimed(name: string, vips: readonly string[]): string | undefined {
  const text = words(name);
  return vips.find((vip) => {
    const parts = words(vip).trim().split(" ").filter(Boolean);
    return parts.length > 0 && parts.every((p) => text.includes(` ${p} `));
  });
}

export const displayNameImpersonation: Rule = {
  id: "display-name-impersonation",
  meta: {
    title: "Sender's name claims to be someone else",
    severity: "suspicious",
    tip: "display-name-impersonation",
    docs: "Compares the From display name with the address: another address or domain in the name, a protected organisation's name or a configured VIP's name outside their own domain, and Mailsploit-style hidden characters.",
  },
  check(message, context) {
    const { from, fields } = senderFacts(message, context);
    const name = message.from?.name ?? "";
    if (!from || !message.from) return [];
    const findings: Finding[] = [];
    const address = message.from.address;
    const evidence = { displayName: name, address };

    // The raw value: decoding first would hide an encoded "@" and could split the name into addresses.
    const rawFrom = fields.find((f) => f.key === "from")?.raw;
    const problems = rawFrom ? parseAddressList(rawFrom).flatMap((a) => a.problems) : [];
    const hidden = [...new Set(problems)].map((p) => HIDDEN[p]).filter((t): t is string => !!t);
    if (hidden.length > 0) {
      findings.push(
        finding(
          "dangerous",
          "The sender's name hides characters",
          `The From line contains ${hidden.join(" and ")}. Legitimate senders have no reason to do this; it is a known trick to show a trusted address while the mail comes from ${from.host.registrable}.`,
          { ...evidence, problems: [...new Set(problems)] },
        ),
      );
    }

    const named = domainsInName(name, from.host.registrable);
    if (named.length > 0) {
      // "CNET News.com" naming its own brand is common; an address, or a domain that matters here, is not.
      const weighty = name.includes("@") || from.freeMail || named.some((d) => context.domains.isTrusted(d));
      findings.push(
        finding(
          weighty ? "suspicious" : "caution",
          `The sender's name shows ${named[0]}, but the address is at ${from.host.registrable}`,
          `The name shown for the sender, “${name}”, contains ${named.join(" and ")}, yet the message comes from ${address}. Mail programs often show only the name: this makes a stranger look like ${named[0]}.`,
          { ...evidence, domainsInName: named },
        ),
      );
    }

    const organisation = named.length > 0 ? undefined : namedOrganisation(name, context);
    if (organisation && !context.domains.isTrusted(from.host.registrable)) {
      findings.push(
        finding(
          from.freeMail ? "dangerous" : "suspicious",
          `The sender calls itself ${organisation.entry.name} but writes from ${from.host.registrable}`,
          `The name “${name}” claims to be ${organisation.entry.name}, whose mail comes from ${organisation.domain}. This message comes from ${address}${freeMailNote(from)}.`,
          { ...evidence, claims: organisation.entry.name, realDomain: organisation.domain },
        ),
      );
    }

    const vip = from.standing === "organization" ? undefined : vipClaimed(name, context.settings.vipNames);
    if (vip) {
      findings.push(
        finding(
          "suspicious",
          `A message in ${vip}'s name from outside the organisation`,
          `The sender's name is “${name}”, which matches ${vip}, but the address is ${address}${freeMailNote(from)}. ` +
            `Attackers borrow the names of candidates and senior staff; confirm by phone or a new message to their usual address.`,
          { ...evidence, vip, organisationDomains: context.settings.organizationDomains },
        ),
      );
    }
    return findings;
  },
};

function freeMailNote(from: DomainFacts): string {
  return from.freeMail ? `, a free mailbox anyone can open` : "";
}
