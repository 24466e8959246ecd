/**
 * Pictures and PDFs generated at test time for the embedded-link scan: QR codes drawn from the
 * `qrcode` package's module matrix and written as PNG (by hand, so every PNG variant and every
 * hostile header can be made), JPEG, GIF, and hand-written PDFs with link actions and QR images.
 * No binary fixture is stored; the addresses are look-alikes from the project's own test set.
 */
import { zlibSync } from "fflate";
import { encode as encodePngLib } from "fast-png";
import { encode as encodeJpeg } from "jpeg-js";
import { GifWriter } from "omggif";
import QRCode from "qrcode";

export interface Gray {
  width: number;
  height: number;
  /** One byte per pixel, 0 black – 255 white. */
  data: Uint8Array;
}

export interface QrOptions {
  /** Pixels per module; default 6. */
  scale?: number;
  /** Quiet zone in modules; default 4. */
  margin?: number;
  /** Light modules on dark. */
  invert?: boolean;
}

/** A QR code for `text` as grey pixels. */
export function qrGray(text: string, options: QrOptions = {}): Gray {
  const { scale = 6, margin = 4, invert = false } = options;
  const qr = QRCode.create(text, { errorCorrectionLevel: "M" });
  const n = qr.modules.size;
  const side = (n + 2 * margin) * scale;
  const [dark, light] = invert ? [255, 0] : [0, 255];
  const data = new Uint8Array(side * side).fill(light);
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      if (!qr.modules.data[y * n + x]) continue;
      for (let dy = 0; dy < scale; dy++) {
        const row = ((y + margin) * scale + dy) * side;
        data.fill(dark, row + (x + margin) * scale, row + (x + margin + 1) * scale);
      }
    }
  }
  return { width: side, height: side, data };
}

/** Puts a picture on a larger white canvas at (left, top). */
export function onCanvas(image: Gray, width: number, height: number, left = 0, top = 0): Gray {
  const data = new Uint8Array(width * height).fill(255);
  for (let y = 0; y < image.height && y + top < height; y++) {
    data.set(
      image.data.subarray(y * image.width, y * image.width + Math.min(image.width, width - left)),
      (y + top) * width + left,
    );
  }
  return { width, height, data };
}

// ---------------------------------------------------------------------------------------------
// PNG
// ---------------------------------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function u32(n: number): number[] {
  return [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
}

export function concat(parts: (Uint8Array | number[] | string)[]): Uint8Array {
  const arrays = parts.map((p) =>
    typeof p === "string" ? latin1Bytes(p) : p instanceof Uint8Array ? p : Uint8Array.from(p),
  );
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
}

export function latin1Bytes(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
}

export function pngChunk(type: string, data: Uint8Array | number[]): Uint8Array {
  const body = concat([type, data]);
  return concat([u32(body.length - 4), body, u32(crc32(body))]);
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A PNG from its header fields and already filtered, uncompressed scanlines. */
export function rawPng(
  width: number,
  height: number,
  depth: number,
  colorType: number,
  scanlines: Uint8Array,
  extra: Uint8Array[] = [],
): Uint8Array {
  const ihdr = [...u32(width), ...u32(height), depth, colorType, 0, 0, 0];
  return concat([
    PNG_SIGNATURE,
    pngChunk("IHDR", ihdr),
    ...extra,
    pngChunk("IDAT", zlibSync(scanlines)),
    pngChunk("IEND", []),
  ]);
}

export type PngFormat =
  "gray8" | "gray1" | "gray16" | "graya8" | "rgb8" | "rgba8" | "palette2" | "palette8" | "interlaced";

/** A grey picture as a PNG of the given format (filter 0 on every row). */
export function png(image: Gray, format: PngFormat = "gray8"): Uint8Array {
  const { width, height, data } = image;
  if (format === "interlaced") {
    return encodePngLib({ width, height, data, channels: 1, depth: 8 }, { interlace: "Adam7" });
  }
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    rows.push(0);
    const line = data.subarray(y * width, (y + 1) * width);
    if (format === "gray1" || format === "palette2") {
      for (let x = 0; x < width; x += 8) {
        let byte = 0;
        for (let b = 0; b < 8; b++) byte |= (x + b < width && line[x + b] >= 128 ? 1 : 0) << (7 - b);
        rows.push(byte);
      }
    } else {
      for (const v of line) {
        if (format === "gray8" || format === "palette8") rows.push(v);
        else if (format === "gray16") rows.push(v, v);
        else if (format === "graya8") rows.push(v, 255);
        else if (format === "rgb8") rows.push(v, v, v);
        else rows.push(v === 255 ? 0 : v, v === 255 ? 0 : v, v === 255 ? 0 : v, v === 255 ? 0 : 255); // transparent background
      }
    }
  }
  const scanlines = Uint8Array.from(rows);
  const plte = (n: number) =>
    pngChunk(
      "PLTE",
      Array.from({ length: n }, (_, i) => Array(3).fill(Math.round((i * 255) / (n - 1)))).flat(),
    );
  switch (format) {
    case "gray1":
      return rawPng(width, height, 1, 0, scanlines);
    case "gray16":
      return rawPng(width, height, 16, 0, scanlines);
    case "graya8":
      return rawPng(width, height, 8, 4, scanlines);
    case "rgb8":
      return rawPng(width, height, 8, 2, scanlines);
    case "rgba8":
      return rawPng(width, height, 8, 6, scanlines);
    case "palette2":
      return rawPng(width, height, 1, 3, scanlines, [plte(2)]);
    case "palette8":
      return rawPng(width, height, 8, 3, scanlines, [plte(256)]);
    default:
      return rawPng(width, height, 8, 0, scanlines);
  }
}

export function jpeg(image: Gray, quality = 90): Uint8Array {
  const rgba = new Uint8Array(image.width * image.height * 4);
  image.data.forEach((v, p) => rgba.set([v, v, v, 255], p * 4));
  return new Uint8Array(encodeJpeg({ width: image.width, height: image.height, data: rgba }, quality).data);
}

export function gif(image: Gray): Uint8Array {
  const buffer = new Uint8Array(image.width * image.height + 4096);
  const writer = new GifWriter(buffer, image.width, image.height, { palette: [0x000000, 0xffffff] });
  writer.addFrame(
    0,
    0,
    image.width,
    image.height,
    Array.from(image.data, (v) => (v >= 128 ? 1 : 0)),
  );
  return buffer.slice(0, writer.end());
}

// ---------------------------------------------------------------------------------------------
// PDF
// ---------------------------------------------------------------------------------------------

/** One indirect object: a dictionary or other value, with a stream when `stream` is given. */
export interface PdfObject {
  body: string;
  stream?: Uint8Array;
}

/**
 * A PDF from numbered objects (object n is `objects[n - 1]`), with a classic cross-reference table
 * whose offsets are right. Object 1 must be the catalog. A stream object's `/Length` is added.
 */
export function pdf(objects: PdfObject[], options: { trailer?: string } = {}): Uint8Array {
  const parts: Uint8Array[] = [latin1Bytes("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")];
  const offsets: number[] = [];
  let at = parts[0].length;
  objects.forEach((o, i) => {
    const head = o.stream
      ? `${i + 1} 0 obj\n${o.body.replace(/>>\s*$/, ` /Length ${o.stream.length} >>`)}\nstream\n`
      : `${i + 1} 0 obj\n${o.body}\nendobj\n`;
    const bytes = o.stream ? concat([head, o.stream, "\nendstream\nendobj\n"]) : latin1Bytes(head);
    offsets.push(at);
    parts.push(bytes);
    at += bytes.length;
  });
  const xref = [
    "xref",
    `0 ${objects.length + 1}`,
    "0000000000 65535 f \n" +
      offsets
        .map((o) => `${String(o).padStart(10, "0")} 00000 n \n`)
        .join("")
        .trimEnd(),
    "trailer",
    `<< /Size ${objects.length + 1} /Root 1 0 R ${options.trailer ?? ""}>>`,
    "startxref",
    String(at),
    "%%EOF",
    "",
  ].join("\n");
  parts.push(latin1Bytes(xref));
  return concat(parts);
}

const CATALOG: PdfObject = { body: "<< /Type /Catalog /Pages 2 0 R >>" };
const PAGES: PdfObject = { body: "<< /Type /Pages /Kids [3 0 R] /Count 1 >>" };

/** A one-page PDF whose page has a link annotation to `uri` (the string as PDF syntax, e.g. "(https://…)"). */
export function linkPdf(uriString: string): Uint8Array {
  return pdf([
    CATALOG,
    PAGES,
    { body: "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Annots [4 0 R] >>" },
    {
      body: `<< /Type /Annot /Subtype /Link /Rect [72 700 300 720] /Border [0 0 0] /A << /S /URI /URI ${uriString} >> >>`,
    },
  ]);
}

/**
 * The same, PDF 1.5 style: the page and its link annotation sit in a Flate-compressed object stream,
 * found through a cross-reference stream (so the address appears nowhere in the file's plain bytes).
 */
export function compressedLinkPdf(uri: string): Uint8Array {
  const inner = [
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Annots [4 0 R] >>",
    `<< /Type /Annot /Subtype /Link /Rect [72 700 300 720] /A << /S /URI /URI (${uri}) >> >>`,
  ];
  const header = `3 0 4 ${inner[0].length + 1} `;
  const objStm = latin1Bytes(header + inner.join("\n"));
  const head = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n";
  const obj1 = `1 0 obj\n${CATALOG.body}\nendobj\n`;
  const obj2 = `2 0 obj\n${PAGES.body}\nendobj\n`;
  const compressed = zlibSync(objStm);
  const obj5 = concat([
    `5 0 obj\n<< /Type /ObjStm /N 2 /First ${header.length} /Filter /FlateDecode /Length ${compressed.length} >>\nstream\n`,
    compressed,
    "\nendstream\nendobj\n",
  ]);
  const o1 = head.length;
  const o2 = o1 + obj1.length;
  const o5 = o2 + obj2.length;
  const o6 = o5 + obj5.length;
  // Cross-reference stream entries: type (1 byte), offset or object stream (4), generation or index (2).
  const entry = (type: number, field2: number, field3: number) => [
    type,
    ...u32(field2),
    (field3 >> 8) & 0xff,
    field3 & 0xff,
  ];
  const xrefData = Uint8Array.from([
    ...entry(0, 0, 65535),
    ...entry(1, o1, 0),
    ...entry(1, o2, 0),
    ...entry(2, 5, 0),
    ...entry(2, 5, 1),
    ...entry(1, o5, 0),
    ...entry(1, o6, 0),
  ]);
  const xrefCompressed = zlibSync(xrefData);
  const obj6 = concat([
    `6 0 obj\n<< /Type /XRef /Size 7 /W [1 4 2] /Root 1 0 R /Filter /FlateDecode /Length ${xrefCompressed.length} >>\nstream\n`,
    xrefCompressed,
    "\nendstream\nendobj\n",
  ]);
  return concat([head, obj1, obj2, obj5, obj6, `startxref\n${o6}\n%%EOF\n`]);
}

export type PdfImageFormat = "flate-gray" | "flate-predictor" | "image-mask" | "raw-rgb" | "dct";

/** A one-page PDF showing one picture (the QR code) as an image XObject in the given encoding. */
export function imagePdf(image: Gray, format: PdfImageFormat = "flate-gray"): Uint8Array {
  const { width, height, data } = image;
  let dict = `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height}`;
  let stream: Uint8Array;
  if (format === "dct") {
    dict += " /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode >>";
    stream = jpeg(image);
  } else if (format === "image-mask") {
    const rowBytes = Math.ceil(width / 8);
    const bits = new Uint8Array(rowBytes * height);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++)
        if (data[y * width + x] >= 128) bits[y * rowBytes + (x >> 3)] |= 0x80 >> (x & 7);
    dict += " /ImageMask true /Filter /FlateDecode >>";
    stream = zlibSync(bits);
  } else if (format === "flate-predictor") {
    const rows = new Uint8Array((width + 1) * height);
    for (let y = 0; y < height; y++) {
      rows[y * (width + 1)] = 2; // "Up"
      for (let x = 0; x < width; x++)
        rows[y * (width + 1) + 1 + x] =
          (data[y * width + x] - (y > 0 ? data[(y - 1) * width + x] : 0)) & 0xff;
    }
    dict += ` /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors 1 /Columns ${width} >> >>`;
    stream = zlibSync(rows);
  } else if (format === "raw-rgb") {
    dict += " /ColorSpace /DeviceRGB /BitsPerComponent 8 >>";
    stream = Uint8Array.from(Array.from(data, (v) => [v, v, v]).flat());
  } else {
    dict += " /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode >>";
    stream = zlibSync(data);
  }
  const content = latin1Bytes(`q ${width} 0 0 ${height} 72 400 cm /Im1 Do Q`);
  return pdf([
    CATALOG,
    PAGES,
    {
      body: "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
    },
    { body: "<< >>", stream: content },
    { body: dict, stream },
  ]);
}

// ---------------------------------------------------------------------------------------------
// Mail
// ---------------------------------------------------------------------------------------------

export interface MimeFile {
  name: string;
  type: string;
  bytes: Uint8Array;
  /** Inline with this Content-ID (without <>); attached otherwise. */
  cid?: string;
}

function base64Lines(bytes: Uint8Array): string {
  return (
    Buffer.from(bytes)
      .toString("base64")
      .match(/.{1,76}/g) ?? []
  ).join("\r\n");
}

function part(file: MimeFile): string {
  return [
    `Content-Type: ${file.type}; name="${file.name}"`,
    "Content-Transfer-Encoding: base64",
    file.cid
      ? `Content-Disposition: inline; filename="${file.name}"\r\nContent-ID: <${file.cid}>`
      : `Content-Disposition: attachment; filename="${file.name}"`,
    "",
    base64Lines(file.bytes),
  ].join("\r\n");
}

/**
 * An .eml from a "Microsoft 365" look-alike sender: an HTML body (related to the inline files) and
 * the other files attached.
 */
export function emlWithFiles(html: string, files: MimeFile[], headers: Record<string, string> = {}): string {
  const head = {
    From: '"Microsoft 365" <no-reply@mfa-notice365.com>',
    To: "dana@harperforsenate.org",
    Subject: "Action required: re-validate your multi-factor authentication",
    Date: "Tue, 04 Mar 2025 09:12:00 +0000",
    "Message-ID": "<qr-0001@mfa-notice365.com>",
    "MIME-Version": "1.0",
    ...headers,
  };
  const inline = files.filter((f) => f.cid);
  const attached = files.filter((f) => !f.cid);
  const htmlPart = ["Content-Type: text/html; charset=utf-8", "", html].join("\r\n");
  const related = [
    'Content-Type: multipart/related; boundary="rel"',
    "",
    "--rel",
    htmlPart,
    ...inline.flatMap((f) => ["--rel", part(f)]),
    "--rel--",
  ].join("\r\n");
  const body = [
    'Content-Type: multipart/mixed; boundary="mix"',
    "",
    "--mix",
    related,
    ...attached.flatMap((f) => ["--mix", part(f)]),
    "--mix--",
    "",
  ].join("\r\n");
  return [...Object.entries(head).map(([k, v]) => `${k}: ${v}`), body].join("\r\n");
}
