import {
  assessHeaders,
  headerValues,
  parseAddressList,
  replyToFrom,
  returnPathFrom,
  unfoldHeaders,
} from "./headerFields";
import { EXCHANGE_ONLINE_HEADERS } from "./testing/fakeOffice";

describe("unfoldHeaders", () => {
  it("joins continuation lines (space or tab) to the field above, keeping the white space", () => {
    const fields = unfoldHeaders("Subject: a long\r\n subject\r\nX-Tab: one\r\n\ttwo\r\n");
    expect(fields).toEqual([
      { name: "Subject", value: "a long subject" },
      { name: "X-Tab", value: "one\ttwo" },
    ]);
  });

  it("accepts LF and CR line ends and stops at the blank line before a body", () => {
    const fields = unfoldHeaders("From: a@b.example\nTo: c@d.example\n\nBody: not a header\n");
    expect(fields.map((f) => f.name)).toEqual(["From", "To"]);
  });

  it("skips lines that are not fields (an mbox From line) and orphan continuations", () => {
    const fields = unfoldHeaders(
      " orphan\r\nFrom MAILER-DAEMON Mon Aug 20 2018\r\nDate: Mon, 20 Aug 2018\r\n",
    );
    expect(fields).toEqual([{ name: "Date", value: "Mon, 20 Aug 2018" }]);
  });

  it("reads the whole Exchange Online block, folded Received lines included", () => {
    const fields = unfoldHeaders(EXCHANGE_ONLINE_HEADERS);
    const received = headerValues(fields, "received");
    expect(received).toHaveLength(4);
    expect(received[3]).toBe(
      "from mail.adfs-senate.services (203.0.113.45) by BN8NAM12FT045.mail.protection.outlook.com (10.13.182.190) with Microsoft SMTP Server id 15.20.1059.14 via Frontend Transport; Mon, 20 Aug 2018 14:03:09 +0000",
    );
    expect(headerValues(fields, "AUTHENTICATION-RESULTS")[0]).toContain(
      "dmarc=none action=none header.from=adfs-senate.services",
    );
  });
});

describe("assessHeaders", () => {
  it.each([
    ["undefined", undefined, "empty"],
    ["an empty string", "", "empty"],
    ["white space", " \r\n ", "empty"],
    ["a lone Subject header", "Subject: Quarterly numbers\r\n", "subject-only"],
    ["the subject as bare text", "Quarterly numbers", "no-transport-headers"],
    ["headers without Received/From/Date", "Subject: x\r\nX-Mailer: y\r\n", "no-transport-headers"],
  ])("rejects %s", (_label, raw, reason) => {
    expect(assessHeaders(raw)).toEqual({ usable: false, reason });
  });

  it("accepts a real block", () => {
    const assessed = assessHeaders(EXCHANGE_ONLINE_HEADERS);
    expect(assessed.usable).toBe(true);
  });

  it("accepts a block that has only Date among the core headers", () => {
    expect(assessHeaders("Date: Mon, 20 Aug 2018 14:03:02 +0000\r\nSubject: x").usable).toBe(true);
  });
});

describe("address headers", () => {
  const fields = unfoldHeaders(EXCHANGE_ONLINE_HEADERS);

  it("extracts a folded, RFC 2047-encoded Reply-To", () => {
    expect(replyToFrom(fields)).toEqual([
      { name: "Senate IT Service Desk – Verification", address: "helpdesk-verify@adfs-senate.services" },
    ]);
  });

  it("extracts a Return-Path folded onto a tab-indented line, without brackets", () => {
    expect(returnPathFrom(fields)).toBe("bounce+7f3a2c@adfs-senate.services");
  });

  it("treats the null path <> and a missing Return-Path as unknown", () => {
    expect(returnPathFrom(unfoldHeaders("Return-Path: <>\r\n"))).toBeUndefined();
    expect(returnPathFrom(unfoldHeaders("From: a@b.example\r\n"))).toBeUndefined();
  });

  it("keeps every Reply-To field and flattens groups", () => {
    const many = unfoldHeaders(
      'Reply-To: a@x.example\r\nReply-To: Team: b@y.example, "C" <c@z.example>;\r\n',
    );
    expect(replyToFrom(many).map((m) => m.address)).toEqual(["a@x.example", "b@y.example", "c@z.example"]);
  });

  it("parses display names with commas in quotes", () => {
    expect(parseAddressList('"Doe, Jane" <jane@x.example>, bob@y.example')).toEqual([
      { name: "Doe, Jane", address: "jane@x.example" },
      { name: "", address: "bob@y.example" },
    ]);
  });
});
