/**
 * The first answer `find` gives for a host or one of its parent domains, nearest first:
 * `a.b.example.com`, then `b.example.com`, `example.com`, `com`. Lists of hosting and image sites
 * are keyed by suffix; this is the one walk they share.
 */
export function findForHostOrParent<T>(host: string, find: (suffix: string) => T | undefined): T | undefined {
  for (let start = 0; ;) {
    const found = find(host.slice(start));
    if (found !== undefined) return found;
    const dot = host.indexOf(".", start);
    if (dot < 0) return undefined;
    start = dot + 1;
  }
}
