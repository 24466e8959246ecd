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
  private tag = "";
  private attributes: Record<string, string> = {};
  private attribute: string | undefined;
  private value = "";

  constructor(
    private readonly html: string,
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

  onopentagend(): void {
    this.events.open(this.tag, this.attributes);
    this.emitted();
  }

  /** `<a/>` does not close an HTML element; only foreign (SVG, MathML) content has self-closing tags. */
  onselfclosingtag(): void {
    this.onopentagend();
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

/** Reads `html` to the end, or until `events.done`. */
export function readHtml(html: string, events: HtmlEvents): void {
  const { tokenizer } = new TokenReader(html, events);
  tokenizer.write(html);
  tokenizer.end();
}
