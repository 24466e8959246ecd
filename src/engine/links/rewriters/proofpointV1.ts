import { htmlUnescape, percentDecode } from "./decode";
import { hostOf, rawParam, type Rewriter } from "./rewriter";

export const proofpointV1: Rewriter = {
  id: "proofpoint-v1",
  name: "Proofpoint URL Defense",
  unwrap(url) {
    if (hostOf(url) !== "urldefense.proofpoint.com" || url.pathname !== "/v1/url") return undefined;
    // u= runs to the key, &k=; the target is the href as written in the HTML, entities included.
    const raw = rawParam(url, "u", ["&k="]);
    return raw ? { target: htmlUnescape(percentDecode(raw)) } : { opaque: true };
  },
};
