/** Links in an HTML body: what a reader can click, what a form submits to, and where the page sends itself. */
import { type Attributes, type HtmlEvents, readHtml, TeeEvents } from "./htmlTokens";
import type { LinkList } from "./linkList";
import { refreshUrl } from "./refresh";
import type { LinkSource } from "./types";
import { cleanHref, schemeOf } from "./url";
import { collapseText, VisibleText } from "./visibleText";

/** Their content is code, not text a reader sees. */
const RAW_TEXT = new Set(["script", "style"]);
/** Elements that start a new line: "Click<br>here" reads "Click here", while "Pay<b>Pal</b>" stays "PayPal". */
const BREAKS = new Set([
  "br",
  "p",
  "div",
  "li",
  "tr",
  "td",
  "th",
  "table",
  "center",
  "blockquote",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
]);

/**
 * What is inside `<!--[if mso]>…<![endif]-->`: Outlook for Windows shows it, other readers do not.
 * Read whatever the condition, so that every reader's view is covered.
 */
function conditionalContent(comment: string): string | undefined {
  if (comment.slice(0, 3).toLowerCase() !== "[if") return undefined;
  const start = comment.indexOf("]>");
  if (start < 0) return undefined;
  const end = comment.lastIndexOf("<![endif]");
  return comment.slice(start + 2, end > start ? end : comment.length);
}

/**
 * Images matter only as part of a link, or when their source is not the web: a `file:` source on
 * another machine leaks the reader's Windows credentials to it, `javascript:` is a script. Inline
 * images (`cid:`) and `data:image/…` are pictures, never destinations, and so is a `file:` source on
 * the sender's own disk (Outlook's `file:///C:/…/msohtmlclip1/…` in forwarded mail). A relative
 * source takes the scheme of a `<base>` seen before it.
 */
function imageMatters(src: string, base: string | undefined, inLink: boolean): boolean {
  const scheme = schemeOf(src) || (base === undefined ? "" : schemeOf(cleanHref(base)));
  if (scheme === "cid") return false;
  if (scheme === "data") return !src.slice(5).trimStart().toLowerCase().startsWith("image/");
  if (scheme === "http" || scheme === "https" || scheme === "") return inLink;
  if (scheme === "file") return inLink || remoteFile(src, base);
  return true;
}

/** A file: URL that names another machine (file://server/share), not the local disk. */
function remoteFile(src: string, base: string | undefined): boolean {
  try {
    return new URL(src, base === undefined ? undefined : cleanHref(base)).hostname !== "";
  } catch {
    return false;
  }
}

function formMethod(method: string | undefined): string {
  const m = (method ?? "").trim().toLowerCase();
  return m === "post" || m === "dialog" ? m : "get";
}

/** Where an open element was seen: 0 in the document, 1 inside a conditional comment's fragment. */
interface Open {
  depth: number;
}
interface OpenAnchor extends Open {
  order: number;
  tag: string;
  href: string;
  shown: VisibleText;
}
interface OpenForm extends Open {
  order: number;
  action: string;
  method: string;
  hasPassword: boolean;
  submit?: string;
}
interface OpenButton extends Open {
  shown: VisibleText;
}

class LinkCollector implements HtmlEvents {
  /** The first `<base href>`, as written. */
  base: string | undefined;
  private depth = 0;
  private inRawText = false;
  private anchor: OpenAnchor | undefined;
  private form: OpenForm | undefined;
  private button: OpenButton | undefined;

  constructor(private readonly list: LinkList) {}

  get done(): boolean {
    return this.list.truncated;
  }

  open(name: string, attributes: Attributes): void {
    if (RAW_TEXT.has(name)) {
      this.inRawText = true;
      return;
    }
    if (BREAKS.has(name)) this.separate();
    switch (name) {
      case "a":
        this.openAnchor(name, attributes.href);
        return;
      case "area":
        if (attributes.href !== undefined)
          this.add("area", attributes.href, collapseText(attributes.alt ?? ""));
        return;
      case "img":
        this.image(attributes);
        return;
      case "form":
        this.openForm(attributes);
        return;
      case "input":
        this.input(attributes);
        return;
      case "button":
        this.openButton(attributes.type);
        return;
      case "base":
        if (this.base === undefined && attributes.href !== undefined) this.base = attributes.href;
        return;
      case "meta":
        this.meta(attributes);
        return;
    }
    // VML shapes with an href are the "bulletproof buttons" Outlook for Windows draws: links like <a>.
    if (name.startsWith("v:") && attributes.href !== undefined) this.openAnchor(name, attributes.href);
  }

  close(name: string): void {
    if (RAW_TEXT.has(name)) {
      this.inRawText = false;
      return;
    }
    if (BREAKS.has(name)) this.separate();
    if (this.anchor?.tag === name && this.anchor.depth === this.depth) this.finishAnchor();
    if (name === "button" && this.button?.depth === this.depth) this.finishButton();
    if (name === "form" && this.form?.depth === this.depth) this.finishForm();
  }

  text(data: string): void {
    if (this.inRawText) return;
    this.anchor?.shown.text(data);
    this.button?.shown.text(data);
  }

  comment(data: string): void {
    if (this.depth > 0) return;
    const content = conditionalContent(data);
    if (content === undefined) return;
    // Read as a fragment of its own: what it opens, it closes.
    this.depth = 1;
    readHtml(content, this);
    this.finishOpen(1);
    this.inRawText = false;
    this.depth = 0;
  }

  /** Everything still open when the document ends (or at `depth` and deeper). */
  finishOpen(depth = 0): void {
    if (this.anchor && this.anchor.depth >= depth) this.finishAnchor();
    if (this.form && this.form.depth >= depth) this.finishForm();
    if (this.button && this.button.depth >= depth) this.finishButton();
  }

  private separate(): void {
    this.anchor?.shown.separate();
    this.button?.shown.separate();
  }

  private add(source: LinkSource, href: string, text: string, order?: number): void {
    this.list.add({ href: cleanHref(href), source, text }, order);
  }

  private openAnchor(tag: string, href: string | undefined): void {
    // A new <a> closes the one still open, as in browsers.
    this.finishAnchor();
    if (href === undefined) return;
    this.anchor = { tag, href, order: this.list.reserve(), depth: this.depth, shown: new VisibleText() };
  }

  private finishAnchor(): void {
    const anchor = this.anchor;
    if (!anchor) return;
    this.anchor = undefined;
    this.add("a", anchor.href, anchor.shown.value(), anchor.order);
  }

  private image({ src, alt }: Attributes): void {
    if (alt !== undefined) {
      this.anchor?.shown.alt(alt);
      this.button?.shown.alt(alt);
    }
    if (src !== undefined && imageMatters(cleanHref(src), this.base, this.anchor !== undefined))
      this.add("img", src, collapseText(alt ?? ""));
  }

  private openForm({ action, method }: Attributes): void {
    // A form inside a form is ignored by browsers: its fields belong to the outer one.
    if (this.form) return;
    this.form = {
      action: action ?? "",
      method: formMethod(method),
      hasPassword: false,
      order: this.list.reserve(),
      depth: this.depth,
    };
  }

  private input({ type, value, alt }: Attributes): void {
    const form = this.form;
    if (!form) return;
    const kind = (type ?? "").trim().toLowerCase();
    if (kind === "password") form.hasPassword = true;
    // Browsers label a submit input without a value "Submit".
    else if (kind === "submit" || kind === "image")
      this.submitText(collapseText((kind === "image" ? (alt ?? value) : value) ?? "") || "Submit");
  }

  private submitText(text: string): void {
    if (this.form && this.form.submit === undefined) this.form.submit = text;
  }

  private openButton(type: string | undefined): void {
    if (!this.form || this.form.submit !== undefined || this.button) return;
    // A button submits its form unless it says otherwise.
    const kind = (type ?? "").trim().toLowerCase();
    if (kind === "button" || kind === "reset") return;
    this.button = { shown: new VisibleText(), depth: this.depth };
  }

  private finishButton(): void {
    const button = this.button;
    if (!button) return;
    this.button = undefined;
    const text = button.shown.value();
    if (text !== "") this.submitText(text);
  }

  private finishForm(): void {
    this.finishButton();
    const form = this.form;
    if (!form) return;
    this.form = undefined;
    this.list.add(
      {
        href: cleanHref(form.action),
        source: "form",
        text: form.submit ?? "form",
        form: { method: form.method, hasPassword: form.hasPassword },
      },
      form.order,
    );
  }

  private meta(attributes: Attributes): void {
    if ((attributes["http-equiv"] ?? "").trim().toLowerCase() !== "refresh") return;
    const url = refreshUrl(attributes.content ?? "");
    if (url !== undefined) this.add("meta-refresh", url, "");
  }
}

/** Adds the body's links to `list`; returns the first `<base href>` as written, for resolving them. */
export function collectHtmlLinks(html: string, list: LinkList, alongside?: HtmlEvents): string | undefined {
  const collector = new LinkCollector(list);
  readHtml(html, alongside ? new TeeEvents(collector, alongside) : collector);
  if (!collector.done) collector.finishOpen();
  return collector.base;
}
