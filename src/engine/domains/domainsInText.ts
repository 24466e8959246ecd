import { normalizeHost } from "./normalize";

/** Endings a reader takes for a web address; "R.Hughes" is a name even though .hughes is a TLD. */
const FAMILIAR_TLDS = new Set(["com", "net", "org", "gov", "edu", "mil", "int", "info", "biz", "us"]);

const TRAILING = new Set([".", ",", ":", ";", "!", "?", "…"]);

function trimTrailing(piece: string): string {
  let end = piece.length;
  while (end > 0 && TRAILING.has(piece[end - 1])) end--;
  return piece.slice(0, end);
}

/**
 * Registrable domains a reader would see written in a piece of text: addresses
 * ("security@senate.gov"), URLs ("https://senate.gov/login") and bare names ("Senate.gov IT").
 * Hosts are parsed with WHATWG URL through normalizeHost; splitting is only on whitespace and
 * punctuation that never occurs inside a host.
 */
export function domainsInText(text: string): string[] {
  const out = new Set<string>();
  for (const raw of text.split(/[\s<>()"',;[\]]+/)) {
    const piece = trimTrailing(raw);
    const isUrl = piece.includes("://");
    const candidate = isUrl ? piece : piece.slice(piece.lastIndexOf("@") + 1);
    if (!candidate.includes(".")) continue;
    const host = normalizeHost(candidate);
    if (!host || host.isIp || host.suffixKind !== "icann" || host.registrable === host.publicSuffix) continue;
    const tld = host.publicSuffix.slice(host.publicSuffix.lastIndexOf(".") + 1);
    const explicit = isUrl || piece.includes("@") || piece.toLowerCase().startsWith("www.");
    if (!explicit && !FAMILIAR_TLDS.has(tld) && tld.length !== 2) continue;
    out.add(host.registrable);
  }
  return [...out];
}
