import { htmlUnescape, percentDecode } from "./decode";
import { base64ToBytes, utf8Decode } from "../../text/encoding";
import { hostOf, type Rewriter } from "./rewriter";

const HOSTS = new Set(["urldefense.com", "urldefense.us"]);
const PREFIX = "/v3/__";

/** In a "**X" token, X is the (n - 2)th of these for a run of n replaced characters (2 to 65). */
const RUN_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/**
 * Puts back the characters v3 took out of the target: each "*" stands for the next character of the
 * decoded payload and each "**X" for the next n. Undefined when the tokens and payload disagree.
 */
function substitute(text: string, payload: string): string | undefined {
  if (!text.includes("*")) return text;
  const bytes = base64ToBytes(payload);
  if (!bytes) return undefined;
  const chars = Array.from(utf8Decode(bytes));
  let used = 0;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== "*") {
      out += text[i];
      continue;
    }
    let n = 1;
    if (text[i + 1] === "*") {
      n = i + 2 < text.length ? RUN_DIGITS.indexOf(text[i + 2]) + 2 : 0;
      if (n < 2) return undefined;
      i += 2;
    }
    if (used + n > chars.length) return undefined;
    out += chars.slice(used, used + n).join("");
    used += n;
  }
  return out;
}

/** https://urldefense.com/v3/__<target>__;<base64url payload>!!<customer>!<signature>$ */
export const proofpointV3: Rewriter = {
  id: "proofpoint-v3",
  name: "Proofpoint URL Defense",
  unwrap(url) {
    if (!HOSTS.has(hostOf(url)) || !url.pathname.startsWith(PREFIX)) return undefined;
    // A "?" or "#" left in the target moves the rest of the link out of the path.
    const rest = url.pathname + url.search + url.hash;
    const end = rest.indexOf("__;", PREFIX.length + 1);
    if (end < 0) return { opaque: true };
    const bang = rest.indexOf("!", end + 3);
    const payload = rest.slice(end + 3, bang < 0 ? rest.length : bang);
    // v3 turns each "%" of the target into a token ("https*3A*2F*2F…__;JSUl"), so a "%" here is the
    // mail client's escaping, undone before the tokens are filled. Like v1 and v2, v3 keeps the
    // href as written in the HTML ("…&amp;data=…").
    const target = substitute(percentDecode(rest.slice(PREFIX.length, end)), payload);
    return target === undefined ? { opaque: true } : { target: htmlUnescape(target) };
  },
};
