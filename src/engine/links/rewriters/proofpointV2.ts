import { htmlUnescape, percentDecode } from "./decode";
import { hostOf, rawParam, type Rewriter } from "./rewriter";

export const proofpointV2: Rewriter = {
  id: "proofpoint-v2",
  name: "Proofpoint URL Defense",
  unwrap(url) {
    if (hostOf(url) !== "urldefense.proofpoint.com" || url.pathname !== "/v2/url") return undefined;
    const raw = rawParam(url, "u", ["&d=", "&c="]);
    if (!raw) return { opaque: true };
    // v2 writes "%" as "-" and "/" as "_", having first escaped the target's own "-" and "_"
    // (https-3A__teams.microsoft.com_l_meetup-2Djoin_).
    const escaped = raw.split("-").join("%").split("_").join("/");
    return { target: htmlUnescape(percentDecode(escaped)) };
  },
};
