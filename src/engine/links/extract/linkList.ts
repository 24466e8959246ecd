import type { ExtractedLink } from "./types";

interface Entry {
  /** Where the link starts in the document: links are stored when their text is complete, and sorted back. */
  order: number;
  link: ExtractedLink;
}

/** Exact duplicates (same href, source and text) are one link; the same href with other text is another. */
function keyOf(link: ExtractedLink): string {
  // The length prefix keeps the key unambiguous whatever characters href and text hold.
  return `${link.source} ${link.href.length} ${link.href}${link.text}`;
}

/** Distinct links in document order, at most `max` of them. */
export class LinkList {
  private entries: Entry[] = [];
  private seen = new Set<string>();
  private nextOrder = 0;
  truncated = false;

  constructor(private readonly max: number) {}

  /** A place in document order for a link whose text is still to come. */
  reserve(): number {
    return this.nextOrder++;
  }

  /** Adds the link unless it is a duplicate; false, and `truncated` set, once the list is full. */
  add(link: ExtractedLink, order = this.reserve()): boolean {
    const key = keyOf(link);
    if (this.seen.has(key)) return true;
    if (this.entries.length >= this.max) {
      this.truncated = true;
      return false;
    }
    this.seen.add(key);
    this.entries.push({ order, link });
    return true;
  }

  /** Rewrites every href (base resolution), merging links that become duplicates. */
  mapHrefs(rewrite: (link: ExtractedLink) => string): void {
    const entries = this.entries;
    this.entries = [];
    this.seen = new Set();
    for (const { order, link } of entries) this.add({ ...link, href: rewrite(link) }, order);
  }

  hrefs(): string[] {
    return this.entries.map((e) => e.link.href);
  }

  links(): ExtractedLink[] {
    return this.entries.sort((a, b) => a.order - b.order).map((e) => e.link);
  }
}
