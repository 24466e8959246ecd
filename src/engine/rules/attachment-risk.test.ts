import fc from "fast-check";
import { ruleTester } from "../../../test/support/ruleTester";
import type { Finding } from "../analysis";
import { analyze } from "../analyze";
import { createContext, DEFAULT_SETTINGS } from "../context";
import { emptySnapshot, type AttachmentInfo } from "../message";
import { attachmentRisk } from "./attachment-risk";
import { EXECUTABLE_CONTENT_TYPES, FILE_KINDS } from "./support/attachmentTypes";

const context = createContext({ protected: [], spoofs: [], allow: [] }, DEFAULT_SETTINGS);

function check(...attachments: Partial<AttachmentInfo>[]): Finding[] {
  const full = attachments.map((a) => ({
    name: "",
    contentType: "application/octet-stream",
    size: 1234,
    inline: false,
    ...a,
  }));
  const result = analyze({ ...emptySnapshot("eml"), attachments: full }, context, [attachmentRisk]);
  expect(result.stats.rulesFailed).toBe(0);
  return result.findings;
}

function only(attachment: Partial<AttachmentInfo>): Finding {
  const findings = check(attachment);
  expect(findings).toHaveLength(1);
  return findings[0];
}

describe("attachment-risk", () => {
  it.each([
    ["invoice.exe", ".exe", "a program (.exe)"],
    ["INVOICE.EXE", ".exe", "a program (.exe)"],
    ["invoice.exe.", ".exe", "a program (.exe)"],
    ["invoice.exe . .  ", ".exe", "a program (.exe)"],
    ["C:\\Users\\ana\\Desktop\\update.scr", ".scr", "a program (.scr)"],
    ["setup.MSI", ".msi", "an app installer (.msi)"],
    ["payload.ps1", ".ps1", "a script (.ps1)"],
    ["Invoice.js", ".js", "a script (.js)"],
    ["Document.lnk", ".lnk", "a shortcut or Windows settings file (.lnk)"],
    ["Report.url", ".url", "a shortcut or Windows settings file (.url)"],
    ["Search.library-ms", ".library-ms", "a shortcut or Windows settings file (.library-ms)"],
    ["AWS SSO.rdp", ".rdp", "a Remote Desktop connection file (.rdp)"],
    ["scan.iso", ".iso", "a disk image (.iso)"],
    ["Notes.one", ".one", "a OneNote file (.one)"],
    ["manual.chm", ".chm", "a compiled Help file (.chm)"],
    ["tool.jar", ".jar", "a program (.jar)"],
  ])("%s is dangerous", (name, extension, what) => {
    const finding = only({ name });
    expect(finding).toMatchObject({ rule: "attachment-risk", severity: "dangerous", tip: "attachment-risk" });
    expect(finding.evidence.extension).toBe(extension);
    expect(finding.detail).toContain(`This attachment is ${what}.`);
    expect(finding.detail).toMatch(/Do not open it.*report the message\.$/);
  });

  it.each([
    ["invoice.pdf.exe", "pdf", "a program (.exe)"],
    ["Invoice.Pdf.ExE", "pdf", "a program (.exe)"],
    ["photo.jpg.scr.", "jpg", "a program (.scr)"],
    ["Statement.pdf.html", "pdf", "a web page (.html)"],
    ["budget.docx.docm", "docx", "an Office file with macros (.docm)"],
  ])("%s is disguised with a double extension", (name, decoy, what) => {
    const finding = only({ name });
    expect(finding.severity).toBe("dangerous");
    expect(finding.detail).toContain(`named to look like a .${decoy} file but is really ${what}.`);
  });

  it("reveals a right-to-left override and shows how the name reads", () => {
    const finding = only({
      name: "invoice\u202Efdp.exe",
      contentType: "application/x-msdownload",
      size: 48213,
    });
    expect(finding.severity).toBe("dangerous");
    expect(finding.title).toBe("Dangerous attachment: invoice[U+202E]fdp.exe");
    expect(finding.detail).toBe(
      "This attachment's name hides a control character that reverses part of it, so it shows as “invoiceexe.pdf”. " +
        "It is really a program (.exe). Opening it runs code on your computer. " +
        "Do not open it, not even to take a look; report the message.",
    );
    expect(finding.evidence).toEqual({
      name: "invoice[U+202E]fdp.exe",
      appearsAs: "invoiceexe.pdf",
      hiddenCharacters: ["U+202E"],
      extension: ".exe",
      contentType: "application/x-msdownload",
      size: "48213 bytes",
    });
  });

  it("reads the override up to its closing pop, and flags it even before a harmless ending", () => {
    expect(only({ name: "photo_\u202Egpj.scr\u202C" }).evidence.appearsAs).toBe("photo_rcs.jpg");
    const finding = only({ name: "Contract\u202E.pdf", contentType: "application/pdf" });
    expect(finding.severity).toBe("dangerous");
    expect(finding.evidence.extension).toBe(".pdf");
  });

  it.each([
    ["an isolate", "report\u2066.pdf.exe\u2069", "characters (U+2066, U+2069)"],
    ["an embedding", "report\u202B.exe", "character (U+202B)"],
    ["a direction mark in a Latin name", "invoice\u200F.pdf", "character (U+200F)"],
    ["an override mixed with other controls", "a\u202Eb\u202Dc.exe", "characters (U+202E, U+202D)"],
  ])("flags %s without guessing how it renders", (_label, name, codes) => {
    const finding = only({ name });
    expect(finding.severity).toBe("dangerous");
    expect(finding.evidence.appearsAs).toBeUndefined();
    expect(finding.detail).toContain(`invisible control ${codes} that can change the order`);
    expect(finding.title).not.toMatch(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
  });

  it("accepts direction marks in a Hebrew or Arabic name", () => {
    expect(
      check({ name: "\u05D3\u05D5\u05D7\u200F.pdf" }, { name: "\u062A\u0642\u0631\u064A\u0631\u200F.docx" }),
    ).toEqual([]);
  });

  it("flags spaces that push the real ending out of view", () => {
    const finding = only({ name: "invoice.pdf            .exe" });
    expect(finding.severity).toBe("dangerous");
    expect(finding.detail).toContain("padded with spaces that push the real ending, .exe, out of view");
    expect(finding.detail).toContain("named to look like a .pdf file but is really a program (.exe)");
    expect(only({ name: "invoice.pdf            .zip" }).severity).toBe("dangerous");
    expect(check({ name: "report            .pdf" })).toEqual([]);
  });

  it.each([
    ["Budget.xlsm", "an Office file with macros (.xlsm)"],
    ["Q3 plan.DOCM", "an Office file with macros (.docm)"],
    ["Invoice.HTML", "a web page (.html)"],
    ["secure-message.shtml", "a web page (.shtml)"],
    ["voicemail.svg", "an SVG image (.svg)"],
    ["message.mht", "a web page (.mht)"],
    ["files.zip", "a compressed archive (.zip)"],
    ["files.tar.gz", "a compressed archive (.gz)"],
    ["scan.7z", "a compressed archive (.7z)"],
    ["report.pdf.zip", "a compressed archive (.zip)"],
  ])("%s is suspicious", (name, what) => {
    const finding = only({ name });
    expect(finding.severity).toBe("suspicious");
    expect(finding.title).toBe(`Risky attachment: ${name}`);
    expect(finding.detail).toContain(`This attachment is ${what}.`);
    expect(finding.detail).toContain("Do not open it unless you were expecting exactly this file");
  });

  it("flags an executable content type behind a harmless name or none", () => {
    const pdf = only({ name: "report.pdf", contentType: "Application/X-MSDownload; name=report.pdf" });
    expect(pdf.severity).toBe("caution");
    expect(pdf.detail).toBe(
      "This attachment's name ends in .pdf, but the message labels it application/x-msdownload, the type used for programs. " +
        "Do not open it until the sender confirms, by phone or in a new email, what it is; report the message if they did not send it.",
    );
    const bare = only({ name: "scan", contentType: "application/x-dosexec" });
    expect(bare).toMatchObject({ severity: "caution", evidence: { extension: null } });
    expect(bare.detail).toMatch(/^This attachment has no file ending, but/);
    const zip = only({ name: "files.zip", contentType: "application/x-msdownload" });
    expect(zip.severity).toBe("suspicious");
    expect(zip.detail).toContain("Its name ends in .zip, but the message labels it application/x-msdownload");
    expect(only({ name: "setup.exe", contentType: "application/x-msdownload" }).detail).not.toContain(
      "labels it",
    );
  });

  it.each([
    { name: "report.pdf", contentType: "application/pdf" },
    { name: "photo.jpg", contentType: "image/jpeg", inline: true },
    { name: "image001.png", contentType: "image/png", inline: true },
    { name: "logo.svg", contentType: "image/svg+xml", inline: true },
    { name: "budget.xlsx", contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
    { name: "Minutes 2024.03.12.docx", contentType: "application/octet-stream" },
    { name: "invite.ics", contentType: "text/calendar" },
    { name: "", contentType: "application/octet-stream" },
    { name: "winmail.dat", contentType: "application/ms-tnef" },
    { name: "exe.pdf", contentType: "application/pdf" },
  ])("accepts $name ($contentType)", (attachment) => {
    expect(check(attachment)).toEqual([]);
  });

  it("still flags a program marked as an inline picture", () => {
    expect(only({ name: "image001.exe", contentType: "image/png", inline: true }).severity).toBe("dangerous");
  });

  it("reports each file once, in attachment order, and shows unknown size as none", () => {
    const findings = check(
      { name: "a.exe", size: -1 },
      { name: "b.pdf" },
      { name: "a.exe", size: -1 },
      { name: "c.zip" },
    );
    expect(findings.map((f) => [f.evidence.name, f.severity])).toEqual([
      ["a.exe", "dangerous"],
      ["c.zip", "suspicious"],
    ]);
    expect(findings[0].evidence.size).toBeNull();
  });

  it("describes every listed extension in words", () => {
    for (const [ext, kind] of FILE_KINDS) {
      expect(ext).toMatch(/^[a-z0-9-]+$/);
      expect(kind.what.en).toMatch(/^an? /);
      expect(kind.what.es).toMatch(/^un[a]? /);
      expect(kind.risk.en).toMatch(/^[A-Z].*\.$/);
      expect(kind.risk.es).toMatch(/^[A-ZÁÉÍÓÚ].*\.$/);
    }
    for (const type of EXECUTABLE_CONTENT_TYPES) expect(type).toMatch(/^[a-z]+\/[a-z0-9.+-]+$/);
  });

  it("never throws on arbitrary names and types, and keeps evidence JSON-safe", () => {
    const risky = [...FILE_KINDS.keys()];
    const name = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.string({ unit: "grapheme" }),
      fc
        .tuple(
          fc.string(),
          fc.constantFrom("", ".pdf", ".", "\u202E", "\u2066", "     ", "/", "\\"),
          fc.constantFrom(...risky, "pdf", "", "EXE"),
          fc.constantFrom("", ".", " ", ". .", "\u202C", "\u0000"),
        )
        .map(([stem, middle, ext, tail]) => `${stem}${middle}.${ext}${tail}`),
    );
    const contentType = fc.oneof(
      fc.string(),
      fc.constantFrom(...EXECUTABLE_CONTENT_TYPES, "image/png", "IMAGE/SVG+XML; x=1", ""),
    );
    fc.assert(
      fc.property(
        fc.array(fc.record({ name, contentType, size: fc.integer({ min: -1 }), inline: fc.boolean() }), {
          maxLength: 4,
        }),
        (attachments) => {
          for (const finding of check(...attachments)) {
            expect(["caution", "suspicious", "dangerous"]).toContain(finding.severity);
            expect(JSON.parse(JSON.stringify(finding.evidence))).toEqual(finding.evidence);
            expect(finding.title).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
            expect(finding.detail.length).toBeGreaterThan(0);
          }
        },
      ),
    );
  });
});

const attach = (...attachments: Partial<AttachmentInfo>[]) => ({
  message: {
    attachments: attachments.map((a) => ({
      name: "",
      contentType: "application/octet-stream",
      size: 10,
      inline: false,
      ...a,
    })),
  },
});

ruleTester(attachmentRisk, {
  valid: [
    { name: "a PDF", ...attach({ name: "report.pdf", contentType: "application/pdf" }) },
    {
      name: "a PDF sent as generic bytes",
      ...attach({ name: "report.pdf", contentType: "application/octet-stream" }),
    },
    {
      name: "a Word file typed by its older name",
      ...attach({ name: "letter.docx", contentType: "application/msword" }),
    },
    // Outlook guesses an attachment's type from its name, so a type claim cannot be read from it.
    {
      name: "a type Outlook guessed",
      message: {
        source: "outlook",
        attachments: [
          { name: "report.pdf", contentType: "application/x-msdownload", size: 10, inline: false },
        ],
      },
    },
  ],
  invalid: [
    {
      name: "a program",
      ...attach({ name: "invoice.exe" }),
      findings: [
        { message: "attachment", severity: "dangerous", title: "Dangerous attachment: invoice.exe" },
      ],
    },
    {
      name: "a disguised program, in Spanish",
      ...attach({ name: "invoice.pdf.exe" }),
      settings: { language: "es" },
      findings: [
        {
          message: "attachment",
          severity: "dangerous",
          title: "Adjunto peligroso: invoice.pdf.exe",
          detail:
            "Este adjunto tiene un nombre que imita un archivo .pdf, pero en realidad es un programa (.exe).",
        },
      ],
    },
    {
      name: "an archive",
      ...attach({ name: "files.zip" }),
      findings: [{ message: "attachment", severity: "suspicious" }],
    },
    {
      name: "a configuration profile",
      ...attach({ name: "VPN-Setup.mobileconfig", contentType: "application/x-apple-aspen-config" }),
      findings: [
        {
          message: "attachment",
          severity: "dangerous",
          title: "Dangerous attachment: VPN-Setup.mobileconfig",
        },
      ],
    },
    {
      name: "a PDF that is really a picture",
      ...attach({ name: "Invoice.pdf", contentType: "image/jpeg" }),
      findings: [
        { message: "attachment", severity: "caution", detail: "the file is not what its name says" },
      ],
    },
    {
      name: "a forwarded message (an Outlook item attachment without an ending)",
      message: {
        source: "outlook",
        attachments: [{ name: "Your account", contentType: "", size: 2000, inline: false, kind: "item" }],
      },
      findings: [
        { message: "attachment", severity: "caution", title: "Your account", detail: "an email message" },
      ],
    },
    {
      name: "a message attached to an .eml",
      ...attach({ name: "Scanned.eml", contentType: "message/rfc822" }),
      findings: [{ message: "attachment", severity: "caution" }],
    },
    {
      name: "a program's type behind a harmless name",
      ...attach({ name: "report.pdf", contentType: "application/x-msdownload" }),
      findings: [{ message: "attachment", severity: "caution" }],
    },
  ],
});
