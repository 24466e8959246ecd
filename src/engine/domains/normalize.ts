import { getDomain, getPublicSuffix } from "tldts";

export interface NormalizedHost {
  /** Lower-case ASCII (punycode) host without a trailing dot. */
  host: string;
  /** Registrable domain (eTLD+1) per the public suffix list, or the host itself when there is none. */
  registrable: string;
  publicSuffix: string;
  isIp: boolean;
}

/**
 * Normalises a host or a URL to its ASCII host. Parsing goes through WHATWG `URL`, which applies
 * UTS #46 (IDNA) mapping and understands IPv4 in hex/octal and IPv6, instead of splitting strings.
 * Returns undefined for input that is not a usable host.
 */
export function normalizeHost(input: string): NormalizedHost | undefined {
  const trimmed = input.trim();
  if (trimmed === "" || trimmed.length > 2048) return undefined;
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed);
  let hostname: string;
  try {
    hostname = new URL(hasScheme ? trimmed : `http://${trimmed}`).hostname;
  } catch {
    return undefined;
  }
  const host = hostname.replace(/\.$/, "");
  if (host === "") return undefined;
  const isIp = /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith("[");
  if (isIp) return { host, registrable: host, publicSuffix: "", isIp };
  const options = { allowPrivateDomains: true };
  return {
    host,
    registrable: getDomain(host, options) ?? host,
    publicSuffix: getPublicSuffix(host, options) ?? "",
    isIp,
  };
}

/** The domain part of an email address, normalised; undefined when the address has none. */
export function addressDomain(address: string): NormalizedHost | undefined {
  const at = address.lastIndexOf("@");
  if (at < 0) return undefined;
  const domain = address.slice(at + 1).replace(/^\[|\]$/g, "");
  if (domain === "" || /[\s/\\?#@]/.test(domain)) return undefined;
  return normalizeHost(domain);
}

/** The host itself and each parent domain down to (and including) the registrable domain. */
export function hostAndParents(h: NormalizedHost): string[] {
  if (h.isIp) return [h.host];
  const out: string[] = [];
  let current = h.host;
  for (;;) {
    out.push(current);
    if (current === h.registrable) break;
    const dot = current.indexOf(".");
    if (dot < 0) break;
    current = current.slice(dot + 1);
  }
  return out;
}
