/** A small Report for the report module's tests. */
import type { Report } from "./buildReport";

export function sampleReport(overrides: Partial<Report> = {}): Report {
  return {
    key: "mid:abc@mail.adfs-senate.services",
    internetMessageId: "<abc@mail.adfs-senate.services>",
    subject: "Your senate.gov password expires",
    from: { name: "Senate IT", address: "it@adfs-senate.services" },
    reportedAt: "2026-03-02T09:30:00.000Z",
    reporter: "alex@rivera-for-senate.example",
    mailboxOwner: null,
    verdict: "dangerous",
    findings: [],
    incomplete: [],
    userOptions: [true, false, false, true],
    userComment: "asked for my password",
    eml: {
      base64: Buffer.from("From: it@adfs-senate.services\r\nSubject: x\r\n\r\nhi\r\n").toString("base64"),
      bytes: 49,
    },
    ...overrides,
  };
}
