import type { Context } from "../context";
import { FREE_MAIL_DOMAINS } from "../domains/data/freeMailDomains";
import { addressDomain, type NormalizedHost } from "../domains/normalize";

/** How much a domain matters to this organisation: its own, one it protects, or any other. */
export type Standing = "organization" | "protected" | "other";

export interface DomainFacts {
  host: NormalizedHost;
  /**
   * The name to show for whoever controls the domain: the registrable domain, or the tenant for
   * shared Microsoft 365 starter domains ("contoso.onmicrosoft.com", not "onmicrosoft.com").
   */
  owner: string;
  standing: Standing;
  /** Display name of the protected owner ("U.S. Senate"), when protected. */
  ownerName?: string;
  freeMail: boolean;
}

/** Every Microsoft 365 subscription gets tenant.onmicrosoft.com, which the public suffix list does not list. */
const TENANT_SUFFIX = ".onmicrosoft.com";

function ownerOf(host: NormalizedHost): string {
  if (!host.host.endsWith(TENANT_SUFFIX)) return host.registrable;
  const labels = host.host.slice(0, -TENANT_SUFFIX.length).split(".");
  // tenant.mail.onmicrosoft.com is the same tenant's routing domain.
  const tenant =
    labels[labels.length - 1] === "mail" && labels.length > 1
      ? labels[labels.length - 2]
      : labels[labels.length - 1];
  return `${tenant}${TENANT_SUFFIX}`;
}

/**
 * What the engine knows about the domain of an address. Undefined for an address without a usable
 * domain: none, an IP literal, or an ending that exists nowhere ("anna@hofer").
 */
export function domainFacts(address: string, context: Context): DomainFacts | undefined {
  const host = addressDomain(address);
  if (!host || host.isIp || host.suffixKind === "unlisted") return undefined;
  const organization = context.organization.has(host.registrable);
  const freeMail = FREE_MAIL_DOMAINS.has(host.registrable);
  // joe@yahoo.com is a person with a mailbox, not Yahoo the company: free mail is never "protected".
  const entry = freeMail ? undefined : context.domains.protectedEntry(host.registrable);
  return {
    host,
    owner: ownerOf(host),
    standing: organization ? "organization" : entry ? "protected" : "other",
    ...(entry ? { ownerName: entry.name } : {}),
    freeMail,
  };
}

/** "senate.gov (U.S. Senate)" for explanations. */
export function describeDomain(d: DomainFacts): string {
  return d.ownerName ? `${d.owner} (${d.ownerName})` : d.owner;
}
