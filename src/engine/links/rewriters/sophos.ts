import { base64ToBytes, utf8Decode } from "../../text/encoding";
import { hostHint, hostOf, isBelow, type Rewriter } from "./rewriter";

/** https://<region>.protection.sophos.com/?d=<domain>&u=<base64 target>&i=…&t=…&h=…&s=… */
export const sophos: Rewriter = {
  id: "sophos",
  name: "Sophos Email",
  unwrap(url) {
    if (!isBelow(hostOf(url), "protection.sophos.com")) return undefined;
    // A "+" of standard base64 left unescaped in the query reads back as a space.
    const bytes = base64ToBytes((url.searchParams.get("u") ?? "").split(" ").join("+"));
    if (bytes && bytes.length > 0) return { target: utf8Decode(bytes) };
    // Links without u= (b=, x=, q= tokens) still name the destination's domain in d=.
    const hint = hostHint(url.searchParams.get("d"));
    return hint ? { opaque: true, hint } : { opaque: true };
  },
};
