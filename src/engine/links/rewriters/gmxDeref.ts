import { hostOf, targetParam, type Rewriter } from "./rewriter";

/**
 * The webmail link dereferrers of GMX and WEB.DE (United Internet): a message read there and then
 * forwarded carries each link as https://deref-gmx.net/mail/client/<token>/dereferrer/?redirectUrl=<target>
 * (deref-web.de and deref-web-02.de for WEB.DE, deref-gmx.com abroad).
 */
const HOSTS = new Set(["deref-gmx.net", "deref-gmx.com", "deref-web.de", "deref-web-02.de"]);

export const gmxDeref: Rewriter = {
  id: "gmx-deref",
  name: "GMX / WEB.DE link dereferrer",
  unwrap(url) {
    if (!HOSTS.has(hostOf(url))) return undefined;
    const path = url.pathname;
    const wrapped =
      path.startsWith("/mail/client/") && (path.endsWith("/dereferrer/") || path.endsWith("/dereferrer"));
    return wrapped ? targetParam(url, "redirectUrl") : undefined;
  },
};
