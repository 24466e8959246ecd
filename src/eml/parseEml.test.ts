import { runInNewContext } from "node:vm";
import fc from "fast-check";
import { buildEml, spoofHeaders } from "../../test/support/eml";
import { EmlError, MAX_EML_BYTES, parseEml } from "./parseEml";

const enc = (s: string) => new TextEncoder().encode(s);

describe("parseEml", () => {
  it("builds a snapshot with the raw headers and parsed addresses", async () => {
    const headers = {
      ...spoofHeaders(),
      "Reply-To": "Help <help@senate.group>",
      Cc: "a@x.org, Team: b@y.org, c@z.org;",
    };
    const snap = await parseEml(buildEml(headers));
    expect(snap.source).toBe("eml");
    expect(snap.from).toEqual({ name: "Senate IT Help Desk", address: "it-support@adfs-senate.services" });
    expect(snap.replyTo).toEqual([{ name: "Help", address: "help@senate.group" }]);
    expect(snap.returnPath).toBe("it-support@adfs-senate.services");
    expect(snap.cc.map((m) => m.address)).toEqual(["a@x.org", "b@y.org", "c@z.org"]);
    expect(snap.rawHeaders).toContain("Received: from mail.adfs-senate.services");
    expect(snap.rawHeaders).not.toContain("Hello.");
    expect(snap.receivedAt).toBe("2018-08-21T09:12:00.000Z");
    expect(snap.bodyText).toContain("Hello.");
  });

  it("skips an mbox From_ line and decodes encoded-word display names", async () => {
    const text =
      "From someone@x.org  Thu Aug 22 12:36:23 2002\nFrom: =?UTF-8?B?U8OpbmF0?= <a@x.org>\nSubject: hi\n\nbody\n";
    const snap = await parseEml(enc(text));
    expect(snap.from).toEqual({ name: "Sénat", address: "a@x.org" });
    expect(snap.subject).toBe("hi");
  });

  it("lists attachments by name, type and size without their content", async () => {
    const text = [
      "From: a@x.org",
      "Subject: invoice",
      "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; boundary="b"',
      "",
      "--b",
      "Content-Type: text/plain",
      "",
      "see attached",
      "--b",
      'Content-Type: application/octet-stream; name="invoice.pdf.exe"',
      'Content-Disposition: attachment; filename="invoice.pdf.exe"',
      "Content-Transfer-Encoding: base64",
      "",
      "TVqQAAMAAAAEAAAA",
      "--b--",
      "",
    ].join("\r\n");
    const snap = await parseEml(enc(text));
    expect(snap.attachments).toEqual([
      { name: "invoice.pdf.exe", contentType: "application/octet-stream", size: 12, inline: false },
    ]);
  });

  it.each([
    ["an empty file", new Uint8Array(0), /empty/],
    ["a binary file", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]), /binary/],
    ["plain prose", enc("Dear friend,\nthis is just a letter.\n"), /no email headers/],
    ["a JSON file", enc('{"from": "a@b.c"}'), /no email headers/],
  ])("refuses %s with a message for a person", async (_label, bytes, pattern) => {
    await expect(parseEml(bytes)).rejects.toThrow(EmlError);
    await expect(parseEml(bytes)).rejects.toThrow(pattern);
  });

  it("takes bytes made in another realm (a frame, jsdom's TextEncoder) as bytes, not as a file to read", async () => {
    const text = "From: a@example-mail.org\r\nSubject: Hi\r\n\r\nHello\r\n";
    const ForeignBytes = runInNewContext("Uint8Array") as Uint8ArrayConstructor;
    const bytes = new ForeignBytes(enc(text));
    expect(bytes instanceof Uint8Array).toBe(false);
    expect((await parseEml(bytes)).subject).toBe("Hi");
  });

  it("refuses files over the size limit without parsing them", async () => {
    const big = new Uint8Array(MAX_EML_BYTES + 1);
    await expect(parseEml(big)).rejects.toThrow(/MB/);
  });

  it("refuses a file too large for the limit before reading it, naming its real size", async () => {
    const read = jest.fn(async () => new Uint8Array(0));
    const refused = parseEml({ size: 3 * MAX_EML_BYTES, read });
    await expect(refused).rejects.toMatchObject({ problem: "too-large", bytes: 3 * MAX_EML_BYTES });
    await expect(refused).rejects.toThrow(
      "The file is 120.0 MB; CampaignGuard analyses messages up to 40 MB.",
    );
    expect(read).not.toHaveBeenCalled();
  });

  it("checks what was read too, when a file grew past its stated size", async () => {
    const source = { size: 10, read: async () => new Uint8Array(MAX_EML_BYTES + 1) };
    await expect(parseEml(source)).rejects.toMatchObject({ problem: "too-large" });
  });

  it("analyses a 20 MB message", async () => {
    const line = "x".repeat(76) + "\r\n";
    const body = line.repeat(Math.ceil((20 * 1024 * 1024) / line.length));
    const snap = await parseEml(buildEml(spoofHeaders(), body));
    expect(snap.from?.address).toBe("it-support@adfs-senate.services");
    expect(snap.bodyText?.length).toBeGreaterThan(19 * 1024 * 1024);
  });

  it("accepts headers without a From address", async () => {
    const snap = await parseEml(
      enc("Subject: no sender\r\nDate: Tue, 21 Aug 2018 09:12:00 +0000\r\n\r\nbody"),
    );
    expect(snap.from).toBeUndefined();
    expect(snap.subject).toBe("no sender");
  });

  it("reads a message whose lines end in a bare CR, as mail clients do", async () => {
    const snap = await parseEml(
      enc(
        'From: "PayPal" <service@paypa1.com>\rTo: a@b.org\rSubject: Locked\rContent-Type: text/plain\r\rPlease sign in.\r',
      ),
    );
    expect(snap.from).toEqual({ name: "PayPal", address: "service@paypa1.com" });
    expect(snap.subject).toBe("Locked");
    expect(snap.bodyText?.trim()).toBe("Please sign in.");
    expect(snap.rawHeaders).toContain("Subject: Locked");
  });

  it("either parses or throws EmlError, whatever the bytes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        try {
          await parseEml(bytes);
        } catch (error) {
          expect(error).toBeInstanceOf(EmlError);
        }
      }),
      { numRuns: 200 },
    );
  });
});
