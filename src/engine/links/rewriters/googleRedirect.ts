import { normalizeHost } from "../../domains/normalize";
import { hostOf, targetParam, type Rewriter } from "./rewriter";

/**
 * google.com and its country sites (google.de, google.co.uk, google.com.au), with or without www.
 * By shape rather than a list: a google.<country> Google does not own would let its owner pass a
 * harmless-looking q=, but the layer still names the host it goes through.
 */
function isGoogle(host: string): boolean {
  const h = normalizeHost(host);
  if (!h || h.suffixKind !== "icann" || h.registrable !== `google.${h.publicSuffix}`) return false;
  if (host !== h.registrable && host !== `www.${h.registrable}`) return false;
  return h.publicSuffix === "com" || /^(?:com?\.)?[a-z]{2}$/.test(h.publicSuffix);
}

export const googleRedirect: Rewriter = {
  id: "google",
  name: "Google redirect",
  unwrap(url) {
    return url.pathname === "/url" && isGoogle(hostOf(url)) ? targetParam(url, "q", "url") : undefined;
  },
};
