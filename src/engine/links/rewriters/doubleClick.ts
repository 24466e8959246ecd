import { percentDecode } from "./decode";
import { hostOf, isBelow, rawParam, type Rewriter } from "./rewriter";

/** Click paths (as opposed to ad images and tags): /aclk, /pagead/aclk, /ddm/clk/…, /ddm/trackclk/…, /clk;…, /pcs/click, /searchads/link/click. */
const CLICK_PATH =
  /^\/(?:pagead\/)?aclk(?:$|[/;?])|^\/ddm\/(?:track)?clk\/|^\/clk;|^\/pcs\/click|^\/searchads\/link\/click/;

/** Parameters that hold the landing page: adurl= on ad clicks, ds_dest_url= on Search Ads 360. */
const TARGET_PARAMS = ["adurl", "ds_dest_url"];

const ENCODED_URL = /^https?%3a/i;

/**
 * The landing page an ad click names. By convention adurl= comes last and is often not escaped, so
 * an unescaped value runs to the end of the link ("&" and all); an escaped one ends at the next "&".
 */
function landing(url: URL): string | undefined {
  for (const name of TARGET_PARAMS) {
    const raw = rawParam(url, name, []);
    if (raw === undefined || raw === "") continue;
    return ENCODED_URL.test(raw) ? (url.searchParams.get(name) ?? undefined) : raw;
  }
  // Campaign Manager's path form: /ddm/clk/…;…;adurl=<target>, the target running to the end.
  const at = url.pathname.search(/[;/]adurl=/i);
  if (at >= 0) {
    const rest = url.pathname.slice(at + "/adurl=".length) + url.search;
    return ENCODED_URL.test(rest) ? percentDecode(rest) : rest;
  }
  // The classic click: /clk;<ids>;<ids>;<x>?<target>, the whole query being the target.
  const query = url.search.slice(1);
  if (/^https?:/i.test(query)) return query;
  return ENCODED_URL.test(query) ? percentDecode(query) : undefined;
}

/**
 * Google's ad servers on doubleclick.net (ad.doubleclick.net, adclick.g.doubleclick.net,
 * googleads.g.doubleclick.net, …): an ad click redirects to any landing page the advertiser names,
 * which phishing uses as an open redirect. A click that does not name it (Campaign Manager's
 * trackclk) hides the destination.
 */
export const doubleClick: Rewriter = {
  id: "doubleclick",
  name: "Google DoubleClick ad click",
  unwrap(url) {
    if (!isBelow(hostOf(url), "doubleclick.net")) return undefined;
    const target = landing(url);
    if (target) return { target };
    return CLICK_PATH.test(url.pathname) ? { opaque: true } : undefined;
  },
};
