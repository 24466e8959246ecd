/** Which decoded texts become links of the message. */

/** Longer texts are not kept as links (a QR code holds at most about 4,000 characters). */
export const MAX_HREF_LENGTH = 4096;

function clean(text: string): string {
  // Control characters (a NUL padding a QR payload, line breaks) are not part of a link.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f]+/g, "").trim();
}

/**
 * A QR code's text as a link: a web address (`https://…`, `HTTPS://…` as QR codes often write it
 * to fit alphanumeric mode, or a bare `www.…`); other texts (Wi-Fi settings, contact cards, ticket
 * numbers) are not links.
 */
export function qrLink(text: string): string | undefined {
  const s = clean(text);
  if (s === "" || s.length > MAX_HREF_LENGTH) return undefined;
  if (/^https?:\/\/\S/i.test(s)) return s;
  if (/^www\.[^\s/]+\.[^\s/]/i.test(s)) return `http://${s}`;
  return undefined;
}

/** A PDF link action's address: anything with a scheme (`https:`, `mailto:`, `javascript:` …) or `www.…`. */
export function pdfLink(text: string): string | undefined {
  const s = clean(text);
  if (s === "" || s.length > MAX_HREF_LENGTH) return undefined;
  if (/^[a-z][a-z0-9+.-]*:\S/i.test(s)) return s;
  if (/^www\.[^\s/]+\.[^\s/]/i.test(s)) return `http://${s}`;
  return undefined;
}
