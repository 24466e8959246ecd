/**
 * Every link in a message: the clickable elements, forms and redirects of the HTML body, the URLs
 * written in the plain-text body (or, without one, in the HTML body's visible text), and the links an adapter found hidden in images (QR codes) and PDF
 * attachments. Message HTML is only parsed here, never rendered.
 */
import { collectHtmlLinks } from "./extract/html";
import { LinkList } from "./extract/linkList";
import { findTextUrls } from "./extract/text";
import type { EmbeddedLink } from "../message";
import { LIMITS } from "../limits";
import type { ExtractOptions, ExtractResult } from "./extract/types";
import { cleanHref, parseBase, resolveHref, sameUrlKey } from "./extract/url";
import { clipText, collapseText } from "./extract/visibleText";

export type { ExtractedLink, ExtractOptions, ExtractResult, LinkSource } from "./extract/types";
export { MAX_TEXT_LENGTH } from "./extract/visibleText";

export const DEFAULT_MAX_LINKS = LIMITS.links;

function maxLinksOf(options: ExtractOptions | undefined): number {
  const max = options?.maxLinks;
  return typeof max === "number" && max >= 0 ? Math.floor(max) : DEFAULT_MAX_LINKS;
}

function addHtmlLinks(html: string, list: LinkList, alongside: ExtractOptions["alongside"]): void {
  const base = parseBase(collectHtmlLinks(html, list, alongside));
  if (!base) return;
  // Browsers submit a form without an action to the page itself, not to the base URL.
  list.mapHrefs((link) => (link.source === "form" && link.href === "" ? "" : resolveHref(link.href, base)));
}

/** URLs written in a text (the plain-text body, or the HTML body's visible text) that the HTML body does not already link to. */
function addTextLinks(text: string, list: LinkList, visibleHtml: boolean): void {
  const known = new Set(list.hrefs().map(sameUrlKey));
  // In the HTML's visible text, a URL written as a link's own text is that link's label, not a link.
  if (visibleHtml) {
    for (const link of list.links()) {
      if (link.source !== "a" && link.source !== "area") continue;
      findTextUrls(link.text, (href) => {
        known.add(sameUrlKey(cleanHref(href)));
        return true;
      });
    }
  }
  const readAll = findTextUrls(text, (href, value) => {
    const cleaned = cleanHref(href);
    if (cleaned === "" || known.has(sameUrlKey(cleaned))) return true;
    return list.add({ href: cleaned, source: "text", text: clipText(value) });
  });
  if (!readAll) list.truncated = true;
}

/**
 * Links decoded from QR codes and read from PDF attachments, as the adapter gave them; the text is
 * the image or PDF file's name. Entries that are not well-formed are skipped.
 */
function addEmbeddedLinks(embedded: readonly EmbeddedLink[], list: LinkList): void {
  for (const link of embedded) {
    if (!link || typeof link !== "object" || typeof link.href !== "string") continue;
    if (link.source !== "qr" && link.source !== "pdf") continue;
    const href = cleanHref(link.href);
    if (href === "") continue;
    const container = typeof link.container === "string" ? collapseText(link.container) : "";
    if (!list.add({ href, source: link.source, text: container })) return;
  }
}

/**
 * Links in document order (HTML first, then text, then the embedded links of images and PDFs),
 * exact duplicates (same href, source and text) once; the same href with another text stays, since
 * each text may lie about it differently.
 * Never throws: a parser failing part-way keeps what was found and reports `truncated`.
 */
export function extractLinks(
  message: { bodyHtml?: string; bodyText?: string; embeddedLinks?: readonly EmbeddedLink[] },
  options?: ExtractOptions,
): ExtractResult {
  const list = new LinkList(maxLinksOf(options));
  const { bodyHtml, bodyText, embeddedLinks } = message ?? {};
  try {
    if (typeof bodyHtml === "string") addHtmlLinks(bodyHtml, list, options?.alongside);
    const plain = typeof bodyText === "string";
    const text = plain ? bodyText : options?.visibleText?.();
    if (text !== undefined && !list.truncated) addTextLinks(text, list, !plain);
    if (Array.isArray(embeddedLinks) && !list.truncated) addEmbeddedLinks(embeddedLinks, list);
  } catch {
    list.truncated = true;
  }
  return { links: list.links(), truncated: list.truncated };
}
