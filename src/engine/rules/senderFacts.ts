import type { Context } from "../context";
import { FREE_MAIL_DOMAINS } from "../domains/data/freeMailDomains";
import { addressDomain, type NormalizedHost } from "../domains/normalize";
import { authVerdicts, type AuthVerdicts } from "../headers/authSummary";
import { headersOf, type HeaderField } from "../headers/headerBlock";
import type { MessageSnapshot } from "../message";

/** How much a domain matters to this organisation: its own, one it protects, or any other. */
export type Standing = "organization" | "protected" | "other";

export interface DomainFacts {
  host: NormalizedHost;
  standing: Standing;
  /** Display name of the protected owner ("U.S. Senate"), when protected. */
  owner?: string;
  freeMail: boolean;
}

/** What the sender rules share, worked out once per message. */
export interface SenderFacts {
  from?: DomainFacts;
  fields: HeaderField[];
  /** Authentication verdicts the receiving organisation added; undefined without headers. */
  auth?: AuthVerdicts;
  /** Exchange marked the message as sent inside the organisation (no Authentication-Results then). */
  internal: boolean;
}

export function domainFacts(address: string, context: Context): DomainFacts | undefined {
  const host = addressDomain(address);
  if (!host || host.isIp) return undefined;
  const organization = context.settings.organizationDomains.some(
    (d) => addressDomain(`x@${d}`)?.registrable === host.registrable,
  );
  const freeMail = FREE_MAIL_DOMAINS.has(host.registrable);
  // joe@yahoo.com is a person with a mailbox, not Yahoo the company: free mail is never "protected".
  const entry = freeMail ? undefined : context.domains.protectedEntry(host.registrable);
  return {
    host,
    standing: organization ? "organization" : entry ? "protected" : "other",
    owner: entry?.name,
    freeMail,
  };
}

const cache = new WeakMap<MessageSnapshot, SenderFacts>();

export function senderFacts(message: MessageSnapshot, context: Context): SenderFacts {
  let facts = cache.get(message);
  if (facts) return facts;
  const fields = message.rawHeaders === undefined ? [] : headersOf(message.rawHeaders);
  const authAs = fields
    .find((f) => f.key === "x-ms-exchange-organization-authas")
    ?.value.trim()
    .toLowerCase();
  facts = {
    from: message.from ? domainFacts(message.from.address, context) : undefined,
    fields,
    auth:
      message.rawHeaders === undefined
        ? undefined
        : authVerdicts(
            fields.map((f) => [f.name, f.value] as const),
            context.settings.authservIds,
          ),
    internal: authAs === "internal",
  };
  cache.set(message, facts);
  return facts;
}

/** "senate.gov (U.S. Senate)" for explanations. */
export function describeDomain(d: DomainFacts): string {
  return d.owner ? `${d.host.registrable} (${d.owner})` : d.host.registrable;
}
