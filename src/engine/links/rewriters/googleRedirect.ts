import { normalizeHost } from "../../domains/normalize";
import { hostOf, targetParam, type Rewriter } from "./rewriter";

/**
 * google.com or one of its country sites (google.de, google.co.uk, google.com.au) when `host` sits
 * on one, by shape rather than a list: a google.<country> Google does not own would let its owner
 * pass a harmless-looking target, but the layer still names the host it goes through.
 */
export function googleDomainOf(host: string): string | undefined {
  const h = normalizeHost(host);
  if (!h || h.suffixKind !== "icann" || h.registrable !== `google.${h.publicSuffix}`) return undefined;
  return h.publicSuffix === "com" || /^(?:com?\.)?[a-z]{2}$/.test(h.publicSuffix) ? h.registrable : undefined;
}

/** google.com and its country sites, with or without www. */
export function isGoogle(host: string): boolean {
  const domain = googleDomainOf(host);
  return domain !== undefined && (host === domain || host === `www.${domain}`);
}

export const googleRedirect: Rewriter = {
  id: "google",
  name: "Google redirect",
  unwrap(url) {
    return url.pathname === "/url" && isGoogle(hostOf(url)) ? targetParam(url, "q", "url") : undefined;
  },
};
