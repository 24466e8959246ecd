import { percentDecode } from "./decode";
import { hostOf, type Rewriter } from "./rewriter";

/** https://secure-web.cisco.com/<token>/<percent-encoded target> */
export const cisco: Rewriter = {
  id: "cisco",
  name: "Cisco Secure Email",
  unwrap(url) {
    if (hostOf(url) !== "secure-web.cisco.com") return undefined;
    // Everything after the token, in case a target's slashes were left unescaped.
    const slash = url.pathname.indexOf("/", 1);
    const target = slash > 1 ? percentDecode(url.pathname.slice(slash + 1)) : "";
    return target ? { target } : { opaque: true };
  },
};
