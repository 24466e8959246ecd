/**
 * What a reader sees of the message body: its visible text (for lure words and "near-empty" checks),
 * how many pictures it shows, and how much text it hides with styles. The HTML is only tokenized,
 * never rendered. Hand-written over htmlparser2's tokenizer with a small, bounded element stack,
 * because htmlparser2's own DOM builder is quadratic on unclosed tags (see links/extract/htmlTokens).
 */
import { type Attributes, type HtmlEvents, readHtml } from "../links/extract/htmlTokens";
import { isHidden, VISIBLE, visibilityOf, type Visibility } from "./hiddenStyle";

/** Visible text kept per message: enough for every lure phrase, bounded against hostile bodies. */
export const MAX_BODY_TEXT = 20_000;
/** Picture hosts kept, and pictures looked at to find them: bounded against a body of 100,000 pictures. */
const MAX_PICTURE_HOSTS = 20;
const PICTURES_READ = 200;
/** Nesting followed; deeper elements inherit their parent's state. */
const MAX_DEPTH = 256;

const RAW_TEXT = new Set(["script", "style", "title", "head", "template", "noscript"]);
const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);
const BREAKS = new Set([
  "br",
  "p",
  "div",
  "li",
  "tr",
  "td",
  "th",
  "table",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
]);

export interface BodyFacts {
  /** Visible text, white space collapsed, at most MAX_BODY_TEXT characters. */
  text: string;
  /** Words in the visible text (all of it, not only what was kept). */
  words: number;
  /** Pictures shown: <img> larger than a tracking pixel. */
  images: number;
  /** Hosts the first pictures shown are loaded from (web pictures only), each once, at most MAX_PICTURE_HOSTS. */
  pictureHosts: string[];
  /** Characters of text hidden by styles (display:none, zero font, white on white…). */
  hiddenChars: number;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160;
}

class TextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private space = false;
  words = 0;

  add(chunk: string): void {
    let i = 0;
    while (i < chunk.length) {
      if (isSpace(chunk.charCodeAt(i))) {
        this.separate();
        i++;
        continue;
      }
      let end = i + 1;
      while (end < chunk.length && !isSpace(chunk.charCodeAt(end))) end++;
      if (this.space || this.length === 0) this.words++;
      if (this.length < MAX_BODY_TEXT) {
        if (this.space) {
          this.parts.push(" ");
          this.length++;
        }
        const piece = chunk.slice(i, Math.min(end, i + MAX_BODY_TEXT - this.length));
        this.parts.push(piece);
        this.length += piece.length;
      }
      this.space = false;
      i = end;
    }
  }

  separate(): void {
    this.space = this.length > 0;
  }

  value(): string {
    return this.parts.join("");
  }
}

function isPixel(attributes: Attributes): boolean {
  const w = Number.parseInt(attributes.width ?? "", 10);
  const h = Number.parseInt(attributes.height ?? "", 10);
  return (Number.isFinite(w) && w <= 2) || (Number.isFinite(h) && h <= 2);
}

/** Reads the HTML body's tokens; give it to the link extractor so one pass serves both. */
export class BodyCollector implements HtmlEvents {
  readonly done = false;
  readonly visible = new TextBuilder();
  hiddenChars = 0;
  images = 0;
  private readonly pictureHosts = new Set<string>();
  /** Per open element: how visible its text is. */
  private readonly stack: { name: string; visibility: Visibility }[] = [];
  private raw = 0;

  private get current(): Visibility {
    return this.stack.length > 0 ? this.stack[this.stack.length - 1].visibility : VISIBLE;
  }

  /** The visible text read so far (all of it once the pass is done). */
  visibleText(): string {
    return this.visible.value();
  }

  open(name: string, attributes: Attributes): void {
    if (BREAKS.has(name)) this.visible.separate();
    if (name === "img") {
      const shown = visibilityOf(this.current, attributes.style);
      if (attributes.src !== undefined && !isPixel(attributes) && !shown.gone) {
        this.images++;
        if (this.images <= PICTURES_READ) this.notePictureHost(attributes.src);
      }
      return;
    }
    if (VOID.has(name)) return;
    if (RAW_TEXT.has(name)) this.raw++;
    const own = visibilityOf(this.current, attributes.style);
    const visibility = attributes.hidden !== undefined ? { ...own, gone: true } : own;
    if (this.stack.length < MAX_DEPTH) this.stack.push({ name, visibility });
  }

  close(name: string): void {
    if (BREAKS.has(name)) this.visible.separate();
    if (RAW_TEXT.has(name) && this.raw > 0) this.raw--;
    // Close the nearest open element of that name and whatever was left open inside it.
    for (let i = this.stack.length - 1; i >= 0 && i >= this.stack.length - 32; i--) {
      if (this.stack[i].name === name) {
        this.stack.length = i;
        return;
      }
    }
  }

  text(data: string): void {
    if (this.raw > 0) return;
    if (isHidden(this.current)) {
      for (let i = 0; i < data.length; i++) if (!isSpace(data.charCodeAt(i))) this.hiddenChars++;
      return;
    }
    this.visible.add(data);
  }

  comment(): void {}

  private notePictureHost(src: string): void {
    if (this.pictureHosts.size >= MAX_PICTURE_HOSTS) return;
    let url: URL;
    try {
      url = new URL(src.trim());
    } catch {
      return; // relative or broken: no host to name
    }
    if ((url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "")
      this.pictureHosts.add(url.hostname);
  }

  /** What was read. */
  facts(): BodyFacts {
    return {
      text: this.visible.value(),
      words: this.visible.words,
      images: this.images,
      pictureHosts: [...this.pictureHosts],
      hiddenChars: this.hiddenChars,
    };
  }
}

/** Whether the body a reader sees is the HTML one. */
export function hasHtmlBody(message: { bodyHtml?: string }): boolean {
  return typeof message.bodyHtml === "string" && message.bodyHtml.trim() !== "";
}

/**
 * The body as a reader sees it: the HTML body when there is one (read by `collector` when the
 * caller already fed it the tokens), else the text body.
 */
export function readBody(
  message: { bodyHtml?: string; bodyText?: string },
  collector?: BodyCollector,
): BodyFacts {
  if (hasHtmlBody(message)) {
    if (collector) return collector.facts();
    const own = new BodyCollector();
    readHtml(message.bodyHtml as string, own);
    return own.facts();
  }
  const builder = new TextBuilder();
  builder.add(typeof message.bodyText === "string" ? message.bodyText : "");
  return { text: builder.value(), words: builder.words, images: 0, pictureHosts: [], hiddenChars: 0 };
}
