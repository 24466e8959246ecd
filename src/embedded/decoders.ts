/**
 * The heavy half of the embedded-link scan: the PNG, JPEG and GIF decoders, the QR decoder and the
 * PDF reader. scan.ts loads this module with a dynamic `import()` only when a message has an image
 * or a PDF, so the pane's bundler puts it (and jsQR, fast-png, jpeg-js, omggif, fflate) in a chunk
 * of its own that most messages never load.
 */
import { decodeGray } from "./image";
import type { EmbeddedLimits } from "./limits";
import { qrLink } from "./payload";
import { readPdf, type Budget, type PdfLinks } from "./pdf";
import { readQr } from "./qr";
import { sniffImage } from "./sniff";

export type { Budget, PdfLinks };

/** The link in a picture's QR code, or undefined (no code, not a link, or not decodable). Throws on bad bytes. */
export function imageLink(bytes: Uint8Array, limits: EmbeddedLimits): string | undefined {
  const kind = sniffImage(bytes);
  if (!kind) return undefined;
  const payload = readQr(decodeGray(bytes, kind, limits), limits.maxScanSide);
  return payload === undefined ? undefined : qrLink(payload);
}

export function pdfLinks(bytes: Uint8Array, limits: EmbeddedLimits, budget: Budget): PdfLinks {
  return readPdf(bytes, limits, budget);
}
