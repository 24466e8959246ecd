import { parse } from "tldts";

export interface NormalizedHost {
  /** Lower-case ASCII (punycode) host without a trailing dot. */
  host: string;
  /** Registrable domain (eTLD+1) per the public suffix list, or the host itself when there is none. */
  registrable: string;
  publicSuffix: string;
  /**
   * Where the ending comes from: ICANN's section of the public suffix list, its private section
   * (hosting platforms such as web.app, where anyone gets a name), or nowhere ("example.comm").
   */
  suffixKind: "icann" | "private" | "unlisted";
  isIp: boolean;
}

/**
 * The input itself when it is already a plain lower-case ASCII host name that WHATWG `URL` would
 * return unchanged, so the common case skips a full URL parse. Anything else (upper case, punycode,
 * schemes, ports, numeric hosts, empty labels) goes through `URL`. Hand-written because no library
 * exposes this test; a property test checks it against `URL`.
 */
export function plainHostname(s: string): string | undefined {
  if (s.length === 0 || s.length > 253) return undefined;
  let labelStart = 0;
  let lastLabelStart = 0;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 46;
    if (c === 46) {
      if (i === labelStart) return undefined; // empty label, or a trailing dot URL would strip
      // "xn--" labels need URL's punycode validation.
      if (s.startsWith("xn--", labelStart)) return undefined;
      lastLabelStart = labelStart;
      labelStart = i + 1;
    } else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45)) {
      return undefined;
    }
  }
  // A numeric last label makes URL read the host as an IPv4 address ("0x7f.1", "1.2.3.4").
  return isNumberFrom(s, lastLabelStart) ? undefined : s;
}

/**
 * Whether s from `start` on is digits, or "0x" and hex digits (/^(?:\d+|0x[0-9a-f]*)$/), read in
 * place: a slice per call is garbage that, while a 100,000-entry feed is indexed, makes the young
 * generation collect and copy the whole freshly parsed feed.
 */
function isNumberFrom(s: string, start: number): boolean {
  const hex = s.startsWith("0x", start);
  for (let i = hex ? start + 2 : start; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (hex && c >= 97 && c <= 102))) return false;
  }
  return start < s.length;
}

/**
 * Normalises a host or a URL to its ASCII host. Parsing goes through WHATWG `URL`, which applies
 * UTS #46 (IDNA) mapping and understands IPv4 in hex/octal and IPv6, instead of splitting strings.
 * Returns undefined for input that is not a usable host.
 */
export function normalizeHost(input: string): NormalizedHost | undefined {
  const plain = plainHostname(input);
  if (plain) return describeHost(plain);
  const trimmed = input.trim();
  if (trimmed === "" || trimmed.length > 2048) return undefined;
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed);
  let hostname: string;
  try {
    hostname = new URL(hasScheme ? trimmed : `http://${trimmed}`).hostname;
  } catch {
    return undefined;
  }
  const host = hostname.endsWith(".") ? hostname.slice(0, -1) : hostname;
  // An empty label ("a..b", ".a", "a..") names nothing DNS can resolve.
  if (host === "" || host.startsWith(".") || host.endsWith(".") || host.includes("..")) return undefined;
  return describeHost(host);
}

function describeHost(host: string): NormalizedHost {
  const isIp = /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith("[");
  if (isIp) return { host, registrable: host, publicSuffix: "", suffixKind: "unlisted", isIp };
  const parsed = parse(host, { allowPrivateDomains: true, extractHostname: false, validateHostname: false });
  return {
    host,
    registrable: parsed.domain ?? host,
    publicSuffix: parsed.publicSuffix ?? "",
    suffixKind: parsed.isPrivate ? "private" : parsed.isIcann ? "icann" : "unlisted",
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
