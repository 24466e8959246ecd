import { hostHint, hostOf, type Rewriter } from "./rewriter";

/** True for `<prefix><one label><suffix>`, e.g. protect-us.mimecast.com. */
function oneLabelBetween(host: string, prefix: string, suffix: string): boolean {
  if (host.length <= prefix.length + suffix.length || !host.startsWith(prefix) || !host.endsWith(suffix))
    return false;
  return !host.slice(prefix.length, host.length - suffix.length).includes(".");
}

/**
 * protect-<region>.mimecast.com/s/<token>?domain=<host> and url.<cc>.m.mimecastprotect.com/s/…: the
 * destination stays on Mimecast's side (reading it takes their authenticated API, which would send the
 * link away), so the link is opaque; domain=, when present, names the destination's host.
 */
export const mimecast: Rewriter = {
  id: "mimecast",
  name: "Mimecast URL Protect",
  unwrap(url) {
    const host = hostOf(url);
    const wrapped =
      oneLabelBetween(host, "protect-", ".mimecast.com") ||
      oneLabelBetween(host, "url.", ".m.mimecastprotect.com");
    if (!wrapped || !url.pathname.startsWith("/s/")) return undefined;
    const hint = hostHint(url.searchParams.get("domain"));
    return hint ? { opaque: true, hint } : { opaque: true };
  },
};
