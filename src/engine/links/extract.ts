/**
 * Every link in a message body: the clickable elements, forms and redirects of the HTML body, and
 * the URLs of the plain-text body. Message HTML is only parsed here, never rendered.
 */
import { collectHtmlLinks } from "./extract/html";
import { LinkList } from "./extract/linkList";
import { findTextUrls } from "./extract/text";
import type { ExtractOptions, ExtractResult } from "./extract/types";
import { cleanHref, parseBase, resolveHref, sameUrlKey } from "./extract/url";
import { clipText } from "./extract/visibleText";

export type { ExtractedLink, ExtractOptions, ExtractResult, LinkSource } from "./extract/types";
export { MAX_TEXT_LENGTH } from "./extract/visibleText";

export const DEFAULT_MAX_LINKS = 10_000;

function maxLinksOf(options: ExtractOptions | undefined): number {
  const max = options?.maxLinks;
  return typeof max === "number" && max >= 0 ? Math.floor(max) : DEFAULT_MAX_LINKS;
}

function addHtmlLinks(html: string, list: LinkList): void {
  const base = parseBase(collectHtmlLinks(html, list));
  if (!base) return;
  // Browsers submit a form without an action to the page itself, not to the base URL.
  list.mapHrefs((link) => (link.source === "form" && link.href === "" ? "" : resolveHref(link.href, base)));
}

/** The text body's URLs that the HTML body does not already link to. */
function addTextLinks(text: string, list: LinkList): void {
  const known = new Set(list.hrefs().map(sameUrlKey));
  const readAll = findTextUrls(text, (href, value) => {
    const cleaned = cleanHref(href);
    if (cleaned === "" || known.has(sameUrlKey(cleaned))) return true;
    return list.add({ href: cleaned, source: "text", text: clipText(value) });
  });
  if (!readAll) list.truncated = true;
}

/**
 * Links in document order (HTML first, then text), exact duplicates (same href, source and text)
 * once; the same href with another text stays, since each text may lie about it differently.
 * Never throws: a parser failing part-way keeps what was found and reports `truncated`.
 */
export function extractLinks(
  message: { bodyHtml?: string; bodyText?: string },
  options?: ExtractOptions,
): ExtractResult {
  const list = new LinkList(maxLinksOf(options));
  const { bodyHtml, bodyText } = message ?? {};
  try {
    if (typeof bodyHtml === "string") addHtmlLinks(bodyHtml, list);
    if (typeof bodyText === "string" && !list.truncated) addTextLinks(bodyText, list);
  } catch {
    list.truncated = true;
  }
  return { links: list.links(), truncated: list.truncated };
}
