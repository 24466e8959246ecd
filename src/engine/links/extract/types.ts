import type { HtmlEvents } from "./htmlTokens";
/** What the link extractor returns; `../extract` re-exports these. */

/**
 * The element a link came from. `link` is part of the shared type but never produced: `<link>`
 * (stylesheets, icons) is not something a reader can click. `qr` and `pdf` are the snapshot's
 * embedded links: a QR code in an image, a link action in a PDF attachment.
 */
export type LinkSource = "a" | "area" | "form" | "img" | "link" | "meta-refresh" | "text" | "qr" | "pdf";

export interface ExtractedLink {
  /**
   * The URL as written (entities decoded, white space trimmed, tabs and line breaks inside removed as
   * a browser does), resolved against `<base href>` when relative and a base exists; relative
   * without a base: kept as written. A form without an action is "" (it submits to the same page).
   */
  href: string;
  source: LinkSource;
  /**
   * What the reader sees, white space collapsed, at most MAX_TEXT_LENGTH characters: a/area the
   * element's text (the alt text of its images when it has none); form the submit button's text or
   * "form"; img its alt text; text-body links the URL as written; meta-refresh ""; qr and pdf the
   * name of the image or PDF file the link came from.
   */
  text: string;
  /** Forms only: the method ("get", "post" or "dialog") and whether the form asks for a password. */
  form?: { method: string; hasPassword: boolean };
}

export interface ExtractOptions {
  /** Another reader of the HTML body's tokens (the body reader), fed by the same pass. */
  alongside?: HtmlEvents;
  /**
   * The HTML body's visible text once that pass is done, searched for written URLs when the message
   * has no plain-text body: mail programs turn a written address into a link, and readers copy it.
   */
  visibleText?: () => string;
  /** Stop collecting after this many distinct links and report `truncated`; default DEFAULT_MAX_LINKS. */
  maxLinks?: number;
}

export interface ExtractResult {
  links: ExtractedLink[];
  /**
   * The list is incomplete: more links than `maxLinks`, more URL-like text in the text body than is
   * read (TEXT_SCAN_BUDGET), or a parser failed part-way.
   */
  truncated: boolean;
}
