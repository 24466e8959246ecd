import type { Incomplete } from "../analysis";
import { describeError, gap } from "../gaps";
import type { Context } from "../context";
import type { ProtectedTarget } from "../domains/domainIndex";
import { addressDomain } from "../domains/normalize";
import type { AddressProblem } from "../headers/addresses";
import { authVerdicts, type AuthVerdicts } from "../headers/authSummary";
import { parseHeaderBlock, type HeaderField } from "../headers/headerBlock";
import { buildLinkTable, type LinkTable } from "../links/linkTable";
import type { MessageSnapshot } from "../message";
import { boundReceived, type Truncated } from "../limits";
import { BodyCollector, hasHtmlBody, readBody, type BodyFacts } from "../body/readBody";
import { namedOrganisation } from "./organisationNames";
import { domainFacts, type DomainFacts } from "./domainFacts";
import { isAddrSpec, recoverFrom, type FromProblem } from "./fromAddress";

export type AddressHeader = "From" | "Sender" | "Reply-To" | "Return-Path";

/** One of the sender's addresses, with the header it came from. */
export interface AddressFacts {
  header: AddressHeader;
  name: string;
  address: string;
  /** Undefined when the address has no usable domain. */
  domain?: DomainFacts;
}

export interface FromFacts extends AddressFacts {
  header: "From";
  /** The From line as written (unfolded, not decoded), when the headers were available. */
  raw?: string;
  /** How the From line breaks the rules; empty for a well-formed one. */
  problems: FromProblem[];
  /** What the address parser saw in the entry used: Mailsploit tricks, an address in the name. */
  addressProblems: AddressProblem[];
}

/**
 * Everything the rules read about one message, worked out once in `analyze()` and handed to every
 * rule, as ESLint hands `sourceCode` to its rules: no rule parses, and nothing is cached elsewhere.
 */
export interface MessageFacts {
  readonly message: MessageSnapshot;
  /** The header block split into fields, topmost first; empty without headers. */
  readonly headers: readonly HeaderField[];
  /** The sender a mail client would show, recovered from a broken From line when need be. */
  readonly from?: FromFacts;
  /** From, Sender, each Reply-To and Return-Path, in that order, each with a usable address. */
  readonly addresses: readonly AddressFacts[];
  /** Authentication verdicts the receiving organisation added; undefined without headers. */
  readonly auth?: AuthVerdicts;
  /** Exchange marked the message as sent inside the organisation (no Authentication-Results then). */
  readonly internal: boolean;
  /**
   * Registrable domains the receiving server verified this message comes from: each passing DKIM
   * signature's domain, the SPF-verified envelope domain, and the From domain when DMARC or
   * Microsoft's compauth passed.
   */
  readonly verifiedDomains: ReadonlySet<string>;
  readonly links: LinkTable;
  /** The body as a reader sees it: visible text, pictures, text hidden by styles. */
  readonly body: BodyFacts;
  /** The protected organisation the sender's name claims to be. */
  readonly claimedByName?: ProtectedTarget;
  /** The protected organisation the sender's name, or else the subject, claims to be or be about. */
  readonly claimedBrand?: ProtectedTarget;
}

function fromFacts(
  message: MessageSnapshot,
  headers: readonly HeaderField[],
  context: Context,
): FromFacts | undefined {
  const fields = headers.filter((f) => f.key === "from");
  if (fields.length > 0) {
    const raw = fields[0].raw;
    const recovered = recoverFrom(raw, fields.length);
    const domain = recovered.address ? domainFacts(recovered.address, context) : undefined;
    const problems = [...recovered.problems];
    if (recovered.address && !domain) problems.push("invalid-domain");
    return {
      header: "From",
      name: recovered.name,
      address: recovered.address,
      domain,
      raw,
      problems,
      addressProblems: recovered.addressProblems,
    };
  }
  if (!message.from) return undefined;
  // No headers (old Outlook, pasted text): what the client parsed, recovered if it kept a whole line.
  const { name, address } = message.from;
  const recovered = isAddrSpec(address)
    ? { name, address, problems: [], addressProblems: [] }
    : recoverFrom(`${name} ${address}`);
  const found = recovered.address;
  return {
    header: "From",
    name: recovered.name || name,
    address: found,
    domain: found ? domainFacts(found, context) : undefined,
    problems: recovered.problems,
    addressProblems: recovered.addressProblems,
  };
}

function otherAddresses(message: MessageSnapshot, context: Context): AddressFacts[] {
  const out: AddressFacts[] = [];
  const add = (header: AddressHeader, name: string, address: string) => {
    if (address.trim() !== "") out.push({ header, name, address, domain: domainFacts(address, context) });
  };
  if (message.sender) add("Sender", message.sender.name, message.sender.address);
  for (const r of message.replyTo) add("Reply-To", r.name, r.address);
  if (message.returnPath) add("Return-Path", "", message.returnPath);
  return out;
}

function registrable(value: string | undefined): string | undefined {
  if (!value) return undefined;
  return addressDomain(value.includes("@") ? value : `x@${value}`)?.registrable;
}

function verifiedDomains(auth: AuthVerdicts | undefined, from: FromFacts | undefined): Set<string> {
  const out = new Set<string>();
  if (!auth) return out;
  const add = (d: string | undefined) => {
    if (d) out.add(d);
  };
  for (const d of auth.dkim)
    if (d.result === "pass") add(registrable(d.props["header.d"] ?? d.props["header.i"]));
  if (auth.spf?.result === "pass") add(registrable(auth.spf.props["smtp.mailfrom"]));
  const fromDomain = from?.domain?.host.registrable;
  if (auth.dmarc?.result === "pass" || auth.compauth?.result === "pass") add(fromDomain);
  return out;
}

/** Builds the facts of one message. Parts that fail to build are left empty and reported as gaps. */
export function buildFacts(
  message: MessageSnapshot,
  context: Context,
  truncated: Truncated = {},
): { facts: MessageFacts; gaps: Incomplete[] } {
  const gaps: Incomplete[] = [];
  const headers =
    message.rawHeaders === undefined ? [] : boundReceived(parseHeaderBlock(message.rawHeaders), truncated);
  const from = fromFacts(message, headers, context);
  let links: LinkTable = { rows: [], truncated: false };
  // One tokenizer pass over the HTML body feeds both the link table and the body reader.
  const bodyReader = hasHtmlBody(message) ? new BodyCollector() : undefined;
  try {
    links = buildLinkTable(message, bodyReader);
  } catch (error) {
    gaps.push(gap("links", context.settings.language, { detail: describeError(error) }));
  }
  const authAs = headers
    .find((f) => f.key === "x-ms-exchange-organization-authas")
    ?.value.trim()
    .toLowerCase();
  const claimedByName = namedOrganisation(from?.name ?? "", context);
  const auth =
    message.rawHeaders === undefined
      ? undefined
      : authVerdicts(
          headers.map((f) => [f.name, f.value] as const),
          context.settings.authservIds,
        );
  const facts: MessageFacts = {
    message,
    headers,
    from,
    addresses: [...(from && from.address ? [from] : []), ...otherAddresses(message, context)],
    auth,
    internal: authAs === "internal",
    verifiedDomains: verifiedDomains(auth, from),
    links,
    body: readBody(message, bodyReader),
    claimedByName,
    claimedBrand: claimedByName ?? namedOrganisation(message.subject, context),
  };
  return { facts, gaps };
}
