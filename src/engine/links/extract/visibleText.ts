/** Text as a reader sees it: white space collapsed, trimmed, and clipped so a hostile body cannot bloat it. */

export const MAX_TEXT_LENGTH = 300;

/** HTML's white space, plus the no-break space, which reads as a space. */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13 || c === 160;
}

/** At most MAX_TEXT_LENGTH characters, ending in "…" when cut; never splits a surrogate pair. */
export function clipText(text: string): string {
  if (text.length <= MAX_TEXT_LENGTH) return text;
  let cut = MAX_TEXT_LENGTH - 1;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return `${text.slice(0, cut)}…`;
}

/** Collapses text arriving in pieces; stops storing once past the limit, so memory stays bounded. */
class Collapser {
  private readonly parts: string[] = [];
  private length = 0;
  private space = false;

  add(chunk: string): void {
    let i = 0;
    while (i < chunk.length && this.length <= MAX_TEXT_LENGTH) {
      if (isSpace(chunk.charCodeAt(i))) {
        this.separate();
        i++;
        continue;
      }
      let end = i + 1;
      while (end < chunk.length && !isSpace(chunk.charCodeAt(end))) end++;
      if (this.space) {
        this.parts.push(" ");
        this.length++;
        this.space = false;
      }
      // One character past the limit is enough for clipText to know it must cut.
      const piece = chunk.slice(i, Math.min(end, i + MAX_TEXT_LENGTH + 1 - this.length));
      this.parts.push(piece);
      this.length += piece.length;
      i = end;
    }
  }

  /** A word boundary (white space, <br>, a block element): one space if more text follows. */
  separate(): void {
    this.space = this.length > 0;
  }

  value(): string {
    return clipText(this.parts.join(""));
  }
}

/** One piece of text, collapsed and clipped. */
export function collapseText(text: string): string {
  const collapser = new Collapser();
  collapser.add(text);
  return collapser.value();
}

/** An element's visible text, or the alt text of its images when it has no text (an image-only link). */
export class VisibleText {
  private readonly words = new Collapser();
  private readonly alts = new Collapser();

  text(chunk: string): void {
    this.words.add(chunk);
  }

  alt(chunk: string): void {
    this.alts.separate();
    this.alts.add(chunk);
  }

  separate(): void {
    this.words.separate();
  }

  value(): string {
    return this.words.value() || this.alts.value();
  }
}
