import { isGoogle } from "./googleRedirect";
import { hostOf, type Rewriter } from "./rewriter";

/**
 * Google's AMP viewer: https://www.google.com/amp/s/<host>/<path> shows https://<host>/<path>, and
 * /amp/<host>/<path> the http:// page, on google.com and its country sites. Phishing uses it as an
 * open redirect whose link starts with Google's name.
 */
export const googleAmp: Rewriter = {
  id: "google-amp",
  name: "Google AMP viewer",
  unwrap(url) {
    if (!url.pathname.startsWith("/amp/") || !isGoogle(hostOf(url))) return undefined;
    // From the path on as written, so an empty "?" or "#" stays too.
    const path = url.href.indexOf("/", url.protocol.length + 2);
    let rest = url.href.slice(path + "/amp/".length);
    let scheme = "http";
    if (rest.startsWith("s/")) [rest, scheme] = [rest.slice(2), "https"];
    // /amp/s/https://host/… written out in full: the scheme given wins.
    const written = /^(https?):\/\/?/i.exec(rest);
    if (written) [rest, scheme] = [rest.slice(written[0].length), written[1].toLowerCase()];
    return rest === "" || /^[?#]/.test(rest) ? { opaque: true } : { target: `${scheme}://${rest}` };
  },
};
