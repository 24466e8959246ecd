import { normalizeHost } from "../../domains/normalize";
import { base64HttpUrl, percentDecode } from "./decode";
import { hostOf, type Rewriter } from "./rewriter";

/** Parameter names (compared in lower case) that click trackers and redirect pages put a destination in. */
const NAMES = new Set(["redirecturl", "redirect_url", "url", "u", "target", "dest", "link"]);

/** The registrable domain of a host, for telling one site from another. */
function siteOf(host: string): string | undefined {
  return normalizeHost(host)?.registrable;
}

/**
 * Any link whose query carries its destination base64-encoded in a parameter named like a redirect
 * (redirectUrl=, url=, u=, target=, dest=, link=): click trackers such as ActiveCampaign's
 * lt.acemlnd.com/Prod/link-tracker?redirectUrl=…, and redirect pages phishing kits set up so that
 * the real destination does not show. Tried after every named rewriter, since its host can be any.
 *
 * Only a value that decodes to a clean absolute http(s) URL counts (see base64HttpUrl), and only one
 * on another site: a login page's own return address (site.example/login?url=<site.example/home>)
 * hides nothing. Two different encoded destinations leave the link opaque.
 *
 * The host this layer goes through is not vouched for by anyone: it may be the phishing site itself.
 * It stays in the layer (UnwrapLayer.wrapped) for the rules to check.
 */
export const encodedRedirect: Rewriter = {
  id: "encoded-redirect",
  name: "Redirect with an encoded destination",
  unwrap(url) {
    if (url.search.length < 8) return undefined;
    const targets = new Set<string>();
    for (const pair of url.search.slice(1).split("&")) {
      const eq = pair.indexOf("=");
      if (eq <= 0 || eq > 20 || !NAMES.has(percentDecode(pair.slice(0, eq)).toLowerCase())) continue;
      const target = base64HttpUrl(pair.slice(eq + 1));
      if (target) targets.add(target);
    }
    if (targets.size === 0) return undefined;
    if (targets.size > 1) return { opaque: true };
    const [target] = targets;
    return siteOf(new URL(target).hostname) === siteOf(hostOf(url)) ? undefined : { target };
  },
};
