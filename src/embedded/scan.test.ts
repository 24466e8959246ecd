import fc from "fast-check";
import {
  compressedLinkPdf,
  concat,
  gif,
  imagePdf,
  jpeg,
  latin1Bytes,
  linkPdf,
  onCanvas,
  pdf,
  png,
  pngChunk,
  qrGray,
  rawPng,
  type PngFormat,
} from "../../test/support/embeddedFixtures";
import { zlibSync } from "fflate";
import { dataUriSources, EMBEDDED_LIMITS, scanEmbedded, type EmbeddedSource } from "./scan";

const LURE = "https://senate.gov-login.com/adfs/ls/?client-request-id=7f3a";
const file = (name: string, bytes: Uint8Array, contentType = "application/octet-stream"): EmbeddedSource => ({
  name,
  contentType,
  size: bytes.length,
  read: () => bytes,
});
const scan = (sources: EmbeddedSource[], options = {}) =>
  scanEmbedded(sources, { sniffAll: true, ...options });
const hrefs = async (sources: EmbeddedSource[], options = {}) =>
  (await scan(sources, options)).map((l) => l.href);

describe("scanEmbedded: QR codes in pictures", () => {
  const qr = qrGray(LURE);

  it.each<PngFormat>([
    "gray8",
    "gray1",
    "gray16",
    "graya8",
    "rgb8",
    "rgba8",
    "palette2",
    "palette8",
    "interlaced",
  ])("reads a QR code from a %s PNG", async (format) => {
    expect(await scan([file("image001.png", png(qr, format), "image/png")])).toEqual([
      { href: LURE, source: "qr", container: "image001.png" },
    ]);
  });

  it("reads JPEG and GIF pictures, whatever their name and declared type say", async () => {
    expect(await hrefs([file("scan.dat", jpeg(qr))])).toEqual([LURE]);
    expect(await hrefs([file("code.png", gif(qr), "image/png")])).toEqual([LURE]);
  });

  it("reads a small code in a large picture (scaled down first) and an inverted code", async () => {
    const big = onCanvas(qrGray(LURE, { scale: 8 }), 2400, 1800, 1500, 900);
    expect(await hrefs([file("notice.png", png(big))])).toEqual([LURE]);
    expect(await hrefs([file("inverted.png", png(qrGray(LURE, { invert: true })))])).toEqual([LURE]);
  });

  it("keeps web addresses only, as a phone would open them", async () => {
    const codes = [
      "HTTPS://SENATE.GOV-LOGIN.COM/MFA",
      "www.senate.gov-login.com/x",
      "WIFI:S:Office;T:WPA;P:secret;;",
      "Ticket 4471-2291",
    ];
    const found = await hrefs(codes.map((text, i) => file(`code${i}.png`, png(qrGray(text)))));
    expect(found).toEqual(["HTTPS://SENATE.GOV-LOGIN.COM/MFA", "http://www.senate.gov-login.com/x"]);
  });

  it("finds nothing in a picture without a code", async () => {
    const blank = { width: 300, height: 200, data: new Uint8Array(300 * 200).fill(200) };
    expect(await scan([file("logo.png", png(blank)), file("photo.jpg", jpeg(blank))])).toEqual([]);
  });

  it("names each file once per link, and a nameless picture by nothing", async () => {
    const bytes = png(qr);
    const links = await scan([file("a.png", bytes), file("a.png", bytes), { ...file("", bytes) }]);
    expect(links).toEqual([
      { href: LURE, source: "qr", container: "a.png" },
      { href: LURE, source: "qr", container: "" },
    ]);
  });
});

describe("scanEmbedded: PDF attachments", () => {
  it("reads link actions written as literal, escaped, hexadecimal and UTF-16 strings", async () => {
    expect(await scan([file("invoice.pdf", linkPdf(`(${LURE})`), "application/pdf")])).toEqual([
      { href: LURE, source: "pdf", container: "invoice.pdf" },
    ]);
    expect(await hrefs([file("a.pdf", linkPdf("(https://x.example/a\\(1\\)\\\n/b\\056html)"))])).toEqual([
      "https://x.example/a(1)/b.html",
    ]);
    const hex = Buffer.from("https://hex.example/p").toString("hex");
    expect(await hrefs([file("b.pdf", linkPdf(`<${hex}>`))])).toEqual(["https://hex.example/p"]);
    const utf16 = Buffer.concat([
      Buffer.from([0xfe, 0xff]),
      Buffer.from("https://u16.example/", "utf16le").swap16(),
    ]);
    expect(await hrefs([file("c.pdf", linkPdf(`<${utf16.toString("hex")}>`))])).toEqual([
      "https://u16.example/",
    ]);
  });

  it("reads link actions inside a Flate-compressed object stream", async () => {
    const bytes = compressedLinkPdf(LURE);
    expect(Buffer.from(bytes).includes("senate.gov-login")).toBe(false);
    expect(await scan([file("Q3-statement.pdf", bytes, "application/pdf")])).toEqual([
      { href: LURE, source: "pdf", container: "Q3-statement.pdf" },
    ]);
  });

  it.each(["flate-gray", "flate-predictor", "image-mask", "raw-rgb", "dct"] as const)(
    "reads a QR code from a %s image inside a PDF",
    async (format) => {
      expect(await scan([file("scan.pdf", imagePdf(qrGray(LURE), format))])).toEqual([
        { href: LURE, source: "qr", container: "scan.pdf" },
      ]);
    },
  );

  it("does not read an encrypted PDF (its strings are ciphertext)", async () => {
    const encrypted = pdf(
      [
        { body: "<< /Type /Catalog >>" },
        { body: `<< /Type /Annot /Subtype /Link /A << /S /URI /URI (${LURE}) >> >>` },
        { body: "<< /Filter /Standard /V 2 /R 3 /O <00> /U <00> /P -4 >>" },
      ],
      { trailer: "/Encrypt 3 0 R" },
    );
    expect(await scan([file("locked.pdf", encrypted)])).toEqual([]);
  });
});

describe("scanEmbedded: limits against hostile files", () => {
  const timed = async (sources: EmbeddedSource[], options = {}) => {
    const start = Date.now();
    const links = await scan(sources, options);
    return { links, ms: Date.now() - start };
  };

  it("refuses a PNG whose header declares a huge picture, without decoding it", async () => {
    const huge = rawPng(100_000, 100_000, 8, 0, new Uint8Array(1000));
    const { links, ms } = await timed([file("huge.png", huge)]);
    expect(links).toEqual([]);
    expect(ms).toBeLessThan(1000);
  });

  it("refuses a PNG whose pixel data inflates past its declared size (a compression bomb)", async () => {
    const bomb = rawPng(64, 64, 8, 0, new Uint8Array(40 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(100 * 1024);
    const { links, ms } = await timed([file("bomb.png", bomb)]);
    expect(links).toEqual([]);
    expect(ms).toBeLessThan(2000);
  });

  it("refuses a PDF stream that inflates past the limit", async () => {
    const bomb = pdf([
      { body: "<< /Type /Catalog >>" },
      {
        body: "<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode >>",
        stream: zlibSync(new Uint8Array(20 * 1024 * 1024)),
      },
    ]);
    const { links, ms } = await timed([file("bomb.pdf", bomb)], {
      limits: { maxInflatedBytes: 1024 * 1024 },
    });
    expect(links).toEqual([]);
    expect(ms).toBeLessThan(2000);
  });

  it("finds nothing, and does not throw, in garbage, truncated and mislabelled files", async () => {
    const good = png(qrGray(LURE));
    const sources = [
      file(
        "garbage.png",
        Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256),
        "image/png",
      ),
      file("truncated.png", good.subarray(0, Math.floor(good.length / 2)), "image/png"),
      file(
        "header-only.png",
        concat([good.subarray(0, 8), pngChunk("IHDR", [0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 0, 0, 0])]),
      ),
      file("bad.jpg", concat([[0xff, 0xd8, 0xff, 0xe0], latin1Bytes("not really a jpeg")]), "image/jpeg"),
      file("bad.gif", latin1Bytes("GIF89a\u00ff\u00ff\u00ff\u00ff"), "image/gif"),
      file("truncated.pdf", linkPdf(`(${LURE})`).subarray(0, 200), "application/pdf"),
      file("notes.txt", latin1Bytes("plain words"), "text/plain"),
    ];
    expect(await scan(sources)).toEqual([]);
  });

  it("does not read files larger than the limits, or more pictures than the limit", async () => {
    const read = jest.fn(() => png(qrGray(LURE)));
    const big: EmbeddedSource = {
      name: "big.png",
      contentType: "image/png",
      size: EMBEDDED_LIMITS.maxImageBytes + 1,
      read,
    };
    const bigPdf: EmbeddedSource = {
      name: "big.pdf",
      contentType: "application/pdf",
      size: EMBEDDED_LIMITS.maxPdfBytes + 1,
      read,
    };
    expect(await scan([big, bigPdf])).toEqual([]);
    expect(read).not.toHaveBeenCalled();
    const many = Array.from({ length: 5 }, (_, i) =>
      file(`q${i}.png`, png(qrGray(`https://x${i}.example/`))),
    );
    expect(await hrefs(many, { limits: { maxImages: 2 } })).toEqual([
      "https://x0.example/",
      "https://x1.example/",
    ]);
  });

  it("stops when the time budget is spent", async () => {
    let clock = 0;
    const now = () => (clock += 600);
    const many = Array.from({ length: 5 }, (_, i) =>
      file(`q${i}.png`, png(qrGray(`https://x${i}.example/`))),
    );
    expect(await hrefs(many, { now, limits: { timeBudgetMs: 1000 } })).toEqual(["https://x0.example/"]);
  });

  it("does not fetch files that are neither pictures nor PDFs unless asked to sniff them", async () => {
    const read = jest.fn(() => png(qrGray(LURE)));
    const doc = { name: "Policy.docx", contentType: "application/msword", size: 100, read };
    expect(await scanEmbedded([doc])).toEqual([]);
    expect(read).not.toHaveBeenCalled();
  });

  it("treats a read that fails or returns nothing as not decoded", async () => {
    const sources: EmbeddedSource[] = [
      { name: "a.png", contentType: "image/png", size: -1, read: () => Promise.reject(new Error("offline")) },
      { name: "b.png", contentType: "image/png", size: -1, read: () => undefined },
      {
        name: "c.png",
        contentType: "image/png",
        size: -1,
        read: () => {
          throw new Error("boom");
        },
      },
      file("d.png", png(qrGray(LURE))),
    ];
    expect(await hrefs(sources)).toEqual([LURE]);
  });

  it("never throws on random bytes, behind any signature", async () => {
    const signatures = [
      [],
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
      [0xff, 0xd8, 0xff],
      [...latin1Bytes("GIF89a")],
      [...latin1Bytes("%PDF-1.7\n")],
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...signatures),
        fc.uint8Array({ maxLength: 2048 }),
        async (head, tail) => {
          const links = await scan([file("x", concat([head, tail]))]);
          expect(Array.isArray(links)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("dataUriSources", () => {
  it("finds base64 pictures in an HTML body", async () => {
    const b64 = Buffer.from(png(qrGray(LURE))).toString("base64");
    const html = `<p>Scan to keep access</p><img alt="" src="data:image/png;base64,${b64.replace(/(.{76})/g, "$1\n")}"><img src="data:image/svg+xml;base64,PHN2Zz4=">`;
    const sources = dataUriSources(html);
    expect(sources).toHaveLength(1);
    expect(await scanEmbedded(sources)).toEqual([{ href: LURE, source: "qr", container: "" }]);
    expect(dataUriSources(undefined)).toEqual([]);
  });
});
