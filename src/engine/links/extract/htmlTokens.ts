/**
 * HTML as a flat stream of tags, text and comments, from htmlparser2's Tokenizer. htmlparser2's
 * `Parser` keeps its open elements in an array it `unshift`s and searches on every tag, which is
 * quadratic: 1.2 MB of unclosed `<b>` took 30 s. The link extractor keeps its own little state and
 * needs no element stack, so it reads tokens directly and stays linear.
 */
import { type TokenizerCallbacks, Tokenizer } from "htmlparser2";

/** The attributes links and the body's visible text are made of; others are not even stored. */
const ATTRIBUTES = [
  "href",
  "src",
  "alt",
  "action",
  "method",
  "type",
  "value",
  "http-equiv",
  "content",
  "style",
  "width",
  "height",
  "hidden",
] as const;
export type Attributes = Partial<Record<(typeof ATTRIBUTES)[number], string>>;
const WANTED: ReadonlySet<string> = new Set(ATTRIBUTES);

/**
 * Elements whose content browsers read as plain text and never show, while htmlparser2's tokenizer
 * reads it as markup: a `<style>` inside `<noframes>` would hide the rest of the message from the
 * scan while a browser shows it. Their content is skipped up to the closing tag, as a browser does.
 */
const UNSHOWN_RAW_TEXT: ReadonlySet<string> = new Set(["noframes", "noembed", "iframe"]);

export interface HtmlEvents {
  /** Lower-case tag name; attributes with entities decoded, the first of duplicates winning as in browsers. */
  open(name: string, attributes: Attributes): void;
  close(name: string): void;
  /** Entities decoded; may arrive in several pieces. Script and style content arrives as text too. */
  text(data: string): void;
  comment(data: string): void;
  /** Checked after every event: true stops reading. */
  readonly done: boolean;
}

function fromCodePoint(cp: number): string {
  return cp >= 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : "\ufffd";
}

class TokenReader implements TokenizerCallbacks {
  readonly tokenizer: Tokenizer;
  /** Set when reading stopped after the start tag of an UNSHOWN_RAW_TEXT element: its name and where its content starts. */
  rawText: { tag: string; start: number } | undefined;
  private tag = "";
  private attributes: Record<string, string> = {};
  private attribute: string | undefined;
  private value = "";

  constructor(
    /** The part of the document being read: the tokenizer's positions count from its start. */
    public html: string,
    private readonly events: HtmlEvents,
  ) {
    this.tokenizer = new Tokenizer({ decodeEntities: true }, this);
  }

  private emitted(): void {
    if (this.events.done) this.tokenizer.pause();
  }

  onopentagname(start: number, end: number): void {
    this.tag = this.html.slice(start, end).toLowerCase();
    this.attributes = {};
  }

  onattribname(start: number, end: number): void {
    const name = this.html.slice(start, end).toLowerCase();
    this.attribute = WANTED.has(name) && !(name in this.attributes) ? name : undefined;
    this.value = "";
  }

  onattribdata(start: number, end: number): void {
    if (this.attribute !== undefined) this.value += this.html.slice(start, end);
  }

  onattribentity(cp: number): void {
    if (this.attribute !== undefined) this.value += fromCodePoint(cp);
  }

  onattribend(): void {
    if (this.attribute !== undefined) this.attributes[this.attribute] = this.value;
    this.attribute = undefined;
  }

  onopentagend(endIndex: number): void {
    this.events.open(this.tag, this.attributes);
    if (UNSHOWN_RAW_TEXT.has(this.tag) && !this.events.done) {
      this.rawText = { tag: this.tag, start: endIndex + 1 };
      this.tokenizer.pause();
    } else this.emitted();
  }

  /** `<a/>` does not close an HTML element; only foreign (SVG, MathML) content has self-closing tags. */
  onselfclosingtag(endIndex: number): void {
    this.onopentagend(endIndex);
  }

  onclosetag(start: number, end: number): void {
    this.events.close(this.html.slice(start, end).toLowerCase());
    this.emitted();
  }

  ontext(start: number, end: number): void {
    this.events.text(this.html.slice(start, end));
    this.emitted();
  }

  ontextentity(cp: number): void {
    this.events.text(fromCodePoint(cp));
    this.emitted();
  }

  oncomment(start: number, end: number, offset: number): void {
    this.events.comment(this.html.slice(start, end - offset));
    this.emitted();
  }

  // CDATA is a comment in HTML; doctype and processing instructions hold no links.
  oncdata(): void {}
  ondeclaration(): void {}
  onprocessinginstruction(): void {}
  onend(): void {}
}

/** Two readers of one tokenizer pass: the link extractor and the body reader share it. */
export class TeeEvents implements HtmlEvents {
  constructor(
    private readonly first: HtmlEvents,
    private readonly second: HtmlEvents,
  ) {}

  get done(): boolean {
    return this.first.done && this.second.done;
  }

  open(name: string, attributes: Attributes): void {
    if (!this.first.done) this.first.open(name, attributes);
    if (!this.second.done) this.second.open(name, attributes);
  }

  close(name: string): void {
    if (!this.first.done) this.first.close(name);
    if (!this.second.done) this.second.close(name);
  }

  text(data: string): void {
    if (!this.first.done) this.first.text(data);
    if (!this.second.done) this.second.text(data);
  }

  comment(data: string): void {
    if (!this.first.done) this.first.comment(data);
    if (!this.second.done) this.second.comment(data);
  }
}

function isTagEnd(c: string | undefined): boolean {
  return (
    c === undefined ||
    c === ">" ||
    c === "/" ||
    c === " " ||
    c === "\t" ||
    c === "\n" ||
    c === "\f" ||
    c === "\r"
  );
}

/** Where the end tag `</tag` that closes raw text starts, as a browser finds it; -1 when there is none. */
function rawTextEnd(html: string, tag: string, from: number): number {
  for (let at = html.indexOf("</", from); at !== -1; at = html.indexOf("</", at + 2)) {
    const name = html.slice(at + 2, at + 2 + tag.length);
    if (name.toLowerCase() === tag && isTagEnd(html[at + 2 + tag.length])) return at;
  }
  return -1;
}

/** Reads `html` to the end, or until `events.done`. Linear: each raw-text skip moves strictly forward. */
export function readHtml(html: string, events: HtmlEvents): void {
  const reader = new TokenReader(html, events);
  for (;;) {
    reader.tokenizer.write(reader.html);
    const raw = reader.rawText;
    if (raw === undefined) {
      reader.tokenizer.end();
      return;
    }
    const end = rawTextEnd(reader.html, raw.tag, raw.start);
    // Unclosed: a browser shows nothing more of the document.
    if (end === -1) return;
    // Read on from the end tag; a substring is a slice of the same memory, not a copy.
    reader.html = reader.html.substring(end);
    reader.rawText = undefined;
    reader.tokenizer.reset();
  }
}
