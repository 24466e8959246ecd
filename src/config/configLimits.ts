/** Limits on the admin's config.json: far above any real organisation, far below what stalls a pane. */
export const CONFIG_LIMITS = {
  /** Characters of config.json text (1 MB of ASCII). */
  bytes: 1024 * 1024,
  domains: 1000,
  vipNames: 200,
  authservIds: 50,
} as const;

function isLabel(label: string): boolean {
  if (label.length === 0 || label.length > 63) return false;
  if (label.startsWith("-") || label.endsWith("-")) return false;
  for (const ch of label) if (ch !== "-" && !/[\p{L}\p{N}]/u.test(ch)) return false;
  return true;
}

/**
 * A domain name an admin could mean: two or more labels of letters, digits and inner hyphens, not an
 * address or a pattern (`..`, `*.evil`, a bare `com`, `1.2.3.4`).
 */
export function isDomainName(text: string): boolean {
  if (text.length === 0 || text.length > 253) return false;
  const labels = text.split(".");
  if (labels.length < 2 || !labels.every(isLabel)) return false;
  return !/^\d+$/.test(labels[labels.length - 1]);
}

/** https anywhere; plain http only to this machine (development and the browser tests). */
export function isHttpsOrLocal(raw: string): boolean {
  try {
    const url = new URL(raw);
    if (url.protocol === "https:") return true;
    return url.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  } catch {
    return false;
  }
}
