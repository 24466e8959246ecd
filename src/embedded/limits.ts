/**
 * Bounds on the work spent looking for links inside images and PDF attachments. Attachments are
 * hostile input: a file may claim any size, inflate to gigabytes, or hold thousands of images, so
 * every loop and buffer below is bounded, and whatever goes past a bound is simply not decoded.
 */
export interface EmbeddedLimits {
  /** Images larger than this (encoded bytes) are not decoded. */
  maxImageBytes: number;
  /** Images with more pixels than this are not decoded (checked from the header, before decoding). */
  maxPixels: number;
  /** Images are scaled down until neither side is longer than this before the QR search. */
  maxScanSide: number;
  /** Images decoded per message, inline, attached and inside PDFs together. */
  maxImages: number;
  /** PDF attachments larger than this are not read. */
  maxPdfBytes: number;
  /** PDF attachments read per message. */
  maxPdfs: number;
  /** Streams looked at per PDF. */
  maxPdfStreams: number;
  /** Bytes one compressed stream may inflate to (a PNG's pixels, a PDF object stream). */
  maxInflatedBytes: number;
  /** Bytes all of one PDF's streams may inflate to together. */
  maxPdfInflatedBytes: number;
  /** Links kept per message. */
  maxLinks: number;
  /** Milliseconds of decoding per message; what is left after that is not decoded. */
  timeBudgetMs: number;
}

export const EMBEDDED_LIMITS: Readonly<EmbeddedLimits> = {
  maxImageBytes: 5 * 1024 * 1024,
  maxPixels: 16_000_000,
  maxScanSide: 800,
  maxImages: 12,
  maxPdfBytes: 10 * 1024 * 1024,
  maxPdfs: 5,
  maxPdfStreams: 2_000,
  maxInflatedBytes: 16 * 1024 * 1024,
  maxPdfInflatedBytes: 48 * 1024 * 1024,
  maxLinks: 200,
  timeBudgetMs: 4_000,
};
