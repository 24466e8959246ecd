/** Links hidden in an .eml's pictures and PDF attachments: parsed into the snapshot, then analysed. */
import { analyze, createContext } from "../engine";
import { bundledFeed } from "../feed/bundledFeed";
import { feedLists } from "../feed/feedSchema";
import { TEST_SETTINGS } from "../../test/support/ruleTester";
import {
  compressedLinkPdf,
  emlWithFiles,
  imagePdf,
  jpeg,
  linkPdf,
  png,
  qrGray,
} from "../../test/support/embeddedFixtures";
import { parseEml } from "./parseEml";

const LURE = "https://senate.gov-login.com/adfs/ls/?wa=wsignin1.0";
const enc = (text: string) => new TextEncoder().encode(text);
const context = createContext(feedLists(bundledFeed()), TEST_SETTINGS, new Date("2026-01-01T00:00:00Z"));
const SCAN_ME =
  '<p>Your sign-in method expires today. Scan the code with your phone to keep access.</p><img src="cid:qr001@mfa">';

describe("parseEml: embedded links", () => {
  it("decodes a QR code in an inline picture", async () => {
    const eml = emlWithFiles(SCAN_ME, [
      { name: "image001.png", type: "image/png", bytes: png(qrGray(LURE)), cid: "qr001@mfa" },
    ]);
    const snapshot = await parseEml(enc(eml));
    expect(snapshot.embeddedLinks).toEqual([{ href: LURE, source: "qr", container: "image001.png" }]);
    expect(snapshot.attachments.map((a) => [a.name, a.inline])).toEqual([["image001.png", true]]);
  });

  it("a QR code to a look-alike domain is dangerous, and the QR rule explains the code", async () => {
    const eml = emlWithFiles(SCAN_ME, [
      { name: "image001.png", type: "image/png", bytes: png(qrGray(LURE)), cid: "qr001@mfa" },
    ]);
    const analysis = analyze(await parseEml(enc(eml)), context);
    expect(analysis.verdict).toBe("dangerous");
    const lookalike = analysis.findings.find((f) => f.rule === "link-lookalike-domain");
    expect(lookalike?.severity).toBe("dangerous");
    expect(lookalike?.evidence).toMatchObject({ links: [{ text: "image001.png", destination: LURE }] });
    expect(analysis.links?.rows.map((r) => [r.source, r.text, r.registrable])).toEqual([
      ["qr", "image001.png", "gov-login.com"],
    ]);
  });

  it("decodes attached pictures and reads PDF link actions, plain and compressed", async () => {
    const eml = emlWithFiles("<p>Please see the attached documents.</p>", [
      { name: "scan.jpg", type: "image/jpeg", bytes: jpeg(qrGray("https://docs-review.example/s/1")) },
      {
        name: "invoice.pdf",
        type: "application/pdf",
        bytes: linkPdf("(https://billing-portal.example/pay)"),
      },
      { name: "statement.pdf", type: "application/octet-stream", bytes: compressedLinkPdf(LURE) },
      {
        name: "code.pdf",
        type: "application/pdf",
        bytes: imagePdf(qrGray("https://mfa-revalidate.example/"), "flate-predictor"),
      },
    ]);
    const snapshot = await parseEml(enc(eml));
    expect(snapshot.embeddedLinks).toEqual([
      { href: "https://docs-review.example/s/1", source: "qr", container: "scan.jpg" },
      { href: "https://billing-portal.example/pay", source: "pdf", container: "invoice.pdf" },
      { href: LURE, source: "pdf", container: "statement.pdf" },
      { href: "https://mfa-revalidate.example/", source: "qr", container: "code.pdf" },
    ]);
    const analysis = analyze(snapshot, context);
    const rules = analysis.findings.map((f) => `${f.rule}:${f.severity}`);
    expect(rules).toContain("link-lookalike-domain:dangerous");
    expect(rules).toContain("qr-code-link:suspicious");
  });

  it("decodes a data: picture in the HTML body", async () => {
    const b64 = Buffer.from(png(qrGray(LURE))).toString("base64");
    const eml = emlWithFiles(`<p>Scan to verify</p><img src="data:image/png;base64,${b64}">`, []);
    expect((await parseEml(enc(eml))).embeddedLinks).toEqual([{ href: LURE, source: "qr", container: "" }]);
  });

  it("has no embedded links when there is nothing to decode, or when asked not to look", async () => {
    const plain = emlWithFiles("<p>Hello</p>", [
      { name: "notes.txt", type: "text/plain", bytes: enc("hello") },
    ]);
    expect((await parseEml(enc(plain))).embeddedLinks).toBeUndefined();
    const eml = emlWithFiles(SCAN_ME, [
      { name: "image001.png", type: "image/png", bytes: png(qrGray(LURE)), cid: "qr001@mfa" },
    ]);
    expect((await parseEml(enc(eml), { embedded: false })).embeddedLinks).toBeUndefined();
  });

  it("parses a message whose picture and PDF are damaged, with no embedded links", async () => {
    const good = png(qrGray(LURE));
    const eml = emlWithFiles(SCAN_ME, [
      { name: "image001.png", type: "image/png", bytes: good.subarray(0, 300), cid: "qr001@mfa" },
      {
        name: "invoice.pdf",
        type: "application/pdf",
        bytes: enc("%PDF-1.7\n1 0 obj << /S /URI /URI (https://unterminated"),
      },
    ]);
    const snapshot = await parseEml(enc(eml));
    expect(snapshot.embeddedLinks).toBeUndefined();
    expect(snapshot.attachments).toHaveLength(2);
  });
});
