import { REWRITERS } from "./rewriters";
import type { Rewriter, RewriterResult } from "./rewriters/rewriter";

export type { Rewriter, RewriterResult } from "./rewriters/rewriter";

export interface UnwrapLayer {
  /** The rewriter's id. */
  rewriter: string;
  name: string;
  /** The URL of this layer. */
  wrapped: string;
}

export interface Unwrapped {
  original: string;
  /** The real destination after all layers; for an opaque layer, the last URL that could be read. */
  final: string;
  layers: UnwrapLayer[];
  /**
   * Set when a layer hides its destination (Mimecast, ClickTime without u=), or wraps one that cannot
   * be read as a URL: the host hint if any.
   */
  opaque?: { rewriter: string; name: string; hint?: string };
  /** True when more than MAX_LAYERS layers were found and unwrapping stopped. */
  tooDeep?: boolean;
}

/** Real mail nests two or three (Safe Links around Proofpoint around Safe Links); more is a trick. */
export const MAX_LAYERS = 5;

function parse(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/** A host a link could go to: an IP literal or dotted names (URL also accepts ".." and "a..b"). */
function hostLike(url: URL): boolean {
  const host = url.hostname.endsWith(".") ? url.hostname.slice(0, -1) : url.hostname;
  return host.startsWith("[") || (host.includes(".") && !host.startsWith(".") && !host.includes(".."));
}

/**
 * Decoded text as the next URL to read. An absolute URL stays as it is; text without a scheme that
 * starts with a host ("www.x.com/…", which mail clients make links of) gets http://; anything else
 * is not a destination.
 */
function readTarget(decoded: string): { text: string; url: URL } | undefined {
  const text = decoded.trim();
  if (text === "") return undefined;
  const absolute = parse(text);
  // "www.x.com:8080/a" parses with the scheme "www.x.com"; real schemes in links have no dots.
  if (absolute && !absolute.protocol.includes(".")) return { text, url: absolute };
  const withScheme = text.startsWith("//") ? `http:${text}` : `http://${text}`;
  const url = parse(withScheme);
  return url && hostLike(url) ? { text: withScheme, url } : undefined;
}

function claim(url: URL): { rewriter: Rewriter; result: NonNullable<RewriterResult> } | undefined {
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  for (const rewriter of REWRITERS) {
    const result = rewriter.unwrap(url);
    if (result) return { rewriter, result };
  }
  return undefined;
}

/**
 * Follows link-protection and click-tracking wrappers (Safe Links, Proofpoint, Mimecast, …) down to
 * the real destination, offline: nothing is fetched, since a wrapped link may carry the recipient's
 * address. Each layer is recorded. Never throws; at most MAX_LAYERS + 1 URLs are read.
 */
export function unwrapUrl(href: string): Unwrapped {
  const layers: UnwrapLayer[] = [];
  let current = href;
  let url = readTarget(href)?.url;
  while (url) {
    const found = claim(url);
    if (!found) break;
    if (layers.length === MAX_LAYERS) return { original: href, final: current, layers, tooDeep: true };
    const { rewriter, result } = found;
    layers.push({ rewriter: rewriter.id, name: rewriter.name, wrapped: current });
    const next = "target" in result ? readTarget(result.target) : undefined;
    if (!next) {
      const hint = "hint" in result ? result.hint : undefined;
      const opaque = { rewriter: rewriter.id, name: rewriter.name, ...(hint ? { hint } : {}) };
      return { original: href, final: current, layers, opaque };
    }
    current = next.text;
    url = next.url;
  }
  return { original: href, final: current, layers };
}
