import { base64HttpUrl } from "./decode";
import { hostOf, rawParam, targetParam, type Rewriter } from "./rewriter";

const HOSTS = new Set(["www.bing.com", "bing.com", "cn.bing.com"]);

/**
 * Bing's result redirects: /ck/a?!&&p=<hash>&…&u=a1<base64url target>&ntb=1, and the older
 * /alink/link?url=<target>&source=…&h=…. Phishing uses them as open redirects on Microsoft's name.
 */
export const bing: Rewriter = {
  id: "bing",
  name: "Bing redirect",
  unwrap(url) {
    if (!HOSTS.has(hostOf(url))) return undefined;
    if (url.pathname === "/alink/link") return targetParam(url, "url");
    if (url.pathname !== "/ck/a") return undefined;
    // Read raw: a "+" of the encoding must not turn into a space. "a1" is the only prefix seen.
    const u = rawParam(url, "u", ["&"]) ?? "";
    const target = u.startsWith("a1") ? base64HttpUrl(u.slice(2)) : undefined;
    return target ? { target } : { opaque: true };
  },
};
