/**
 * Links hidden where no body check sees them: QR codes in pictures (inline, attached, or inside a
 * PDF attachment) and link actions of PDF attachments. The adapters (src/eml for .eml files,
 * src/office for Outlook) hand over the files they can read; the result becomes the snapshot's
 * `embeddedLinks`. This module is small: the decoders load only when a message has a picture or a
 * PDF (a dynamic import, so the pane's bundler splits them off). Never throws: anything that cannot
 * be read, is too large, or comes after the time budget is simply not decoded.
 */
import type { EmbeddedLink } from "../engine";
import { base64ToBytes } from "../engine/text/encoding";
import { EMBEDDED_LIMITS, type EmbeddedLimits } from "./limits";
import { hintOf, isPdf, sniffImage } from "./sniff";

export { EMBEDDED_LIMITS, type EmbeddedLimits } from "./limits";

/** One file of the message that may hold links. */
export interface EmbeddedSource {
  /** The file name as the message gives it; "" for an unnamed picture (a `data:` image in the body). */
  name: string;
  contentType: string;
  /** Declared size in bytes; -1 when unknown. */
  size: number;
  /** The bytes, or undefined when they cannot be had; called only for files worth decoding. */
  read(): Promise<Uint8Array | undefined> | Uint8Array | undefined;
}

export interface ScanOptions {
  limits?: Partial<EmbeddedLimits>;
  /**
   * Also read files whose type and name say neither picture nor PDF, and look at their first bytes
   * (for .eml files, whose bytes are at hand; not for Outlook, where every read is a round trip).
   */
  sniffAll?: boolean;
  /** The clock, for tests. */
  now?: () => number;
}

type Decoders = typeof import("./decoders");
let loading: Promise<Decoders> | undefined;

function loadDecoders(): Promise<Decoders> {
  loading ??= import(/* webpackChunkName: "qr-pdf" */ "./decoders").catch((error: unknown) => {
    loading = undefined; // a failed chunk load may succeed next time
    throw error;
  });
  return loading;
}

/** Lets the browser paint between two decodes (each may take a few hundred milliseconds). */
function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function bytesOf(source: EmbeddedSource): Promise<Uint8Array | undefined> {
  try {
    const bytes = await source.read();
    return bytes instanceof Uint8Array && bytes.length > 0 ? bytes : undefined;
  } catch {
    return undefined;
  }
}

/** `data:` pictures in an HTML body (some lures send their QR code that way, with no attachment). */
export function dataUriSources(
  html: string | undefined,
  limits: Partial<EmbeddedLimits> = {},
): EmbeddedSource[] {
  const { maxImages, maxImageBytes } = { ...EMBEDDED_LIMITS, ...limits };
  if (typeof html !== "string" || !html.includes("data:")) return [];
  const out: EmbeddedSource[] = [];
  // Linear: one character class repeated, no nesting.
  const pattern = /data:image\/(png|x-png|jpe?g|pjpeg|gif)[^,"'\s>]{0,100},([A-Za-z0-9+/=\s]*)/gi;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(html)) !== null && out.length < maxImages) {
    const header = m[0].slice(0, m[0].indexOf(","));
    const data = m[2];
    if (!/;base64$/i.test(header) || data.length < 40) continue;
    const size = Math.floor((data.length * 3) / 4);
    out.push({
      name: "",
      contentType: `image/${m[1].toLowerCase()}`,
      size,
      read: () => base64ToBytes(data, { maxBytes: maxImageBytes, whiteSpace: true }),
    });
  }
  return out;
}

/** Scans the files for hidden links; the result is in file order, each link once per file. */
export async function scanEmbedded(
  sources: readonly EmbeddedSource[],
  options: ScanOptions = {},
): Promise<EmbeddedLink[]> {
  const limits: EmbeddedLimits = { ...EMBEDDED_LIMITS, ...options.limits };
  const now = options.now ?? Date.now;
  const links: EmbeddedLink[] = [];
  try {
    const candidates = sources.filter((s) => {
      if (!s || typeof s !== "object" || typeof s.read !== "function") return false;
      const hint = hintOf(String(s.contentType ?? ""), String(s.name ?? ""));
      if (!hint && !options.sniffAll) return false;
      const max =
        hint === "image"
          ? limits.maxImageBytes
          : hint === "pdf"
            ? limits.maxPdfBytes
            : Math.max(limits.maxImageBytes, limits.maxPdfBytes);
      return !(typeof s.size === "number" && s.size > max);
    });
    if (candidates.length === 0) return [];
    const deadline = now() + limits.timeBudgetMs;
    let decoders: Decoders | undefined;
    const budget = { now, deadline, images: limits.maxImages };
    let pdfs = 0;
    const seen = new Set<string>();
    const add = (href: string, source: EmbeddedLink["source"], container: string) => {
      const key = `${source} ${container.length} ${container}${href}`;
      if (seen.has(key) || links.length >= limits.maxLinks) return;
      seen.add(key);
      links.push({ href, source, container });
    };
    for (const source of candidates) {
      if (now() > deadline || links.length >= limits.maxLinks) break;
      const bytes = await bytesOf(source);
      if (!bytes) continue;
      const image = sniffImage(bytes) !== undefined;
      const pdf = !image && isPdf(bytes);
      if (
        image
          ? bytes.length > limits.maxImageBytes || budget.images <= 0
          : !pdf || bytes.length > limits.maxPdfBytes || pdfs >= limits.maxPdfs
      )
        continue;
      decoders ??= await loadDecoders();
      if (links.length > 0 || budget.images < limits.maxImages || pdfs > 0) await pause();
      const container = String(source.name ?? "");
      try {
        if (image) {
          budget.images--;
          const href = decoders.imageLink(bytes, limits);
          if (href !== undefined) add(href, "qr", container);
        } else {
          pdfs++;
          const found = decoders.pdfLinks(bytes, limits, budget);
          for (const href of found.uris) add(href, "pdf", container);
          for (const href of found.qr) add(href, "qr", container);
        }
      } catch {
        // Not decodable: a damaged, hostile or unsupported file is simply not read.
      }
    }
  } catch {
    // The decoders could not be loaded (offline pane, blocked chunk): nothing is decoded.
  }
  return links;
}
