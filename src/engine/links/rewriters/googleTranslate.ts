import { googleDomainOf } from "./googleRedirect";
import { hostOf, isBelow, targetParam, type Rewriter } from "./rewriter";

const GOOG = "translate.goog";

/** The page's own host from a translate.goog label: "-" stands for ".", "--" for "-". */
function pageHost(label: string): string {
  return label
    .split("--")
    .map((part) => part.split("-").join("."))
    .join("-");
}

/** The query without the proxy's own _x_tr_* parameters, as written. */
function pageQuery(search: string): string {
  const kept = search
    .slice(1)
    .split("&")
    .filter((p) => p !== "" && !p.startsWith("_x_tr_"));
  return kept.length > 0 ? `?${kept.join("&")}` : "";
}

/**
 * Google Translate's web proxy shows any page under Google's name: the old form
 * translate.google.<country>/translate?…&u=<target> (also /website), and the current one, where
 * www.example.com is served as www-example-com.translate.goog. Phishing uses both to pass a
 * credential page through a Google address.
 */
export const googleTranslate: Rewriter = {
  id: "google-translate",
  name: "Google Translate proxy",
  unwrap(url) {
    const host = hostOf(url);
    if (isBelow(host, GOOG)) {
      const label = host.slice(0, -GOOG.length - 1);
      // One label only; an empty page host ("-.translate.goog") names nothing.
      if (label.includes(".")) return undefined;
      const page = pageHost(label);
      if (page === "" || page.startsWith(".") || page.endsWith(".") || page.includes(".."))
        return { opaque: true };
      const scheme = url.searchParams.get("_x_tr_sch") === "http" ? "http" : "https";
      return { target: `${scheme}://${page}${url.pathname}${pageQuery(url.search)}${url.hash}` };
    }
    const domain = googleDomainOf(host);
    if (domain === undefined || host !== `translate.${domain}`) return undefined;
    return url.pathname === "/translate" || url.pathname === "/website" ? targetParam(url, "u") : undefined;
  },
};
