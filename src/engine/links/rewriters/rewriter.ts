import { normalizeHost } from "../../domains/normalize";

/** What a rewriter reads from one of its URLs. */
export type RewriterResult = { target: string } | { opaque: true; hint?: string } | undefined;

/** A link-protection or click-tracking service that wraps links; like the domain techniques, one a file. */
export interface Rewriter {
  /** Stable id: "safelinks", "proofpoint-v3", … */
  id: string;
  /** The service as people know it: "Microsoft Defender Safe Links". */
  name: string;
  /**
   * The wrapped target, or { opaque: true, hint?: host } when the destination is not in the URL
   * (Mimecast), or undefined when this URL is not this rewriter's. Called with http(s) URLs only;
   * never throws. The target is decoded text, not yet checked to be a URL.
   */
  unwrap(url: URL): RewriterResult;
}

/** The host name without the trailing dot of a fully qualified name, which URL keeps. */
export function hostOf(url: URL): string {
  const host = url.hostname;
  return host.endsWith(".") ? host.slice(0, -1) : host;
}

/** True for a host strictly below `parent`: eur03.safelinks.protection.outlook.com, not the parent itself. */
export function isBelow(host: string, parent: string): boolean {
  return host.length > parent.length + 1 && host.endsWith(`.${parent}`);
}

/** The first non-empty query parameter among `names`; without one, the link hides its destination. */
export function targetParam(url: URL, ...names: string[]): RewriterResult {
  for (const name of names) {
    const values = url.searchParams.getAll(name).filter((v) => v !== "");
    if (values.length === 0) continue;
    // Two different targets: which one the service follows is unknown, so neither is trusted.
    return values.every((v) => v === values[0]) ? { target: values[0] } : { opaque: true };
  }
  return { opaque: true };
}

/** A parameter naming the destination host (Mimecast's domain=) as an ASCII host, if it is one. */
export function hostHint(value: string | null): string | undefined {
  return value ? normalizeHost(value)?.host : undefined;
}

/**
 * The raw, still-encoded value of `name` in the query, ending at the first of `ends` ("&k=") or at
 * the end. Proofpoint v1 and v2 say where the value ends this way, so a stray "&" inside it is kept.
 */
export function rawParam(url: URL, name: string, ends: readonly string[]): string | undefined {
  const query = url.search;
  const key = `${name}=`;
  let start = 1 + key.length;
  if (!query.startsWith(`?${key}`)) {
    const at = query.indexOf(`&${key}`);
    if (at < 0) return undefined;
    start += at;
  }
  let end = query.length;
  for (const e of ends) {
    const at = query.indexOf(e, start);
    if (at >= 0 && at < end) end = at;
  }
  return query.slice(start, end);
}
