import { headerValues } from "../engine/headers/headerBlock";
import { assessHeaders, mailboxes, replyToFrom, returnPathFrom } from "./headerFields";
import { EXCHANGE_ONLINE_HEADERS } from "./testing/fakeOffice";

/** The fields of a block that must be usable. */
function fieldsOf(raw: string) {
  const assessed = assessHeaders(raw);
  if (!assessed.usable) throw new Error(`unusable test block: ${assessed.reason}`);
  return assessed.fields;
}

describe("assessHeaders", () => {
  it.each([
    ["undefined", undefined, "empty"],
    ["an empty string", "", "empty"],
    ["white space", " \r\n ", "empty"],
    ["a lone Subject header", "Subject: Quarterly numbers\r\n", "subject-only"],
    ["the subject as bare text", "Quarterly numbers", "no-transport-headers"],
    ["headers without Received/From/Date", "Subject: x\r\nX-Mailer: y\r\n", "no-transport-headers"],
    ["an mbox From line and nothing else", "From MAILER-DAEMON Mon Aug 20 2018\r\n", "no-transport-headers"],
  ])("rejects %s", (_label, raw, reason) => {
    expect(assessHeaders(raw)).toEqual({ usable: false, reason });
  });

  it("accepts a block that has only Date among the core headers", () => {
    expect(assessHeaders("Date: Mon, 20 Aug 2018 14:03:02 +0000\r\nSubject: x").usable).toBe(true);
  });

  it("reads the whole Exchange Online block, folded Received lines included", () => {
    const fields = fieldsOf(EXCHANGE_ONLINE_HEADERS);
    const received = headerValues(fields, "received");
    expect(received).toHaveLength(5);
    expect(received[3]).toBe(
      "from mail.adfs-senate.services (185.220.101.47) by BL02EPF0001A0FC.mail.protection.outlook.com (10.167.242.103) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9343.9 via Frontend Transport; Wed, 19 Nov 2025 09:47:31 +0000",
    );
    expect(headerValues(fields, "AUTHENTICATION-RESULTS")[0]).toContain(
      "dmarc=none action=none header.from=adfs-senate.services",
    );
  });
});

describe("address headers", () => {
  const fields = fieldsOf(EXCHANGE_ONLINE_HEADERS);

  it("extracts a folded, RFC 2047-encoded Reply-To", () => {
    expect(replyToFrom(fields)).toEqual([
      { name: "Senate IT Support – Verification", address: "helpdesk-verify@adfs-senate.services" },
    ]);
  });

  it("extracts a Return-Path folded onto a tab-indented line, without brackets", () => {
    expect(returnPathFrom(fields)).toBe("bounce+7f3a2c@adfs-senate.services");
  });

  it("treats the null path <>, an address without @ and a missing Return-Path as unknown", () => {
    expect(returnPathFrom(fieldsOf("Date: x\r\nReturn-Path: <>\r\n"))).toBeUndefined();
    expect(returnPathFrom(fieldsOf("Date: x\r\nReturn-Path: <postmaster>\r\n"))).toBeUndefined();
    expect(returnPathFrom(fieldsOf("From: a@b.example\r\n"))).toBeUndefined();
  });

  it("keeps every Reply-To field and flattens groups", () => {
    const many = fieldsOf(
      'Date: x\r\nReply-To: a@x.example\r\nReply-To: Team: b@y.example, "C" <c@z.example>;\r\n',
    );
    expect(replyToFrom(many).map((m) => m.address)).toEqual(["a@x.example", "b@y.example", "c@z.example"]);
  });

  it("parses display names with commas in quotes", () => {
    const from = fieldsOf('From: "Doe, Jane" <jane@x.example>, bob@y.example\r\n');
    expect(mailboxes(from, "FROM")).toEqual([
      { name: "Doe, Jane", address: "jane@x.example" },
      { name: "", address: "bob@y.example" },
    ]);
  });

  it("parses the raw value, so an encoded comma or bracket stays inside the name", () => {
    // "=?utf-8?Q?a=2C_b_=3Cx@evil.example=3E?=" decodes to "a, b <x@evil.example>".
    const from = fieldsOf("From: =?utf-8?Q?a=2C_b_=3Cx@evil.example=3E?= <real@corp.example>\r\n");
    expect(mailboxes(from, "from")).toEqual([
      { name: "a, b <x@evil.example>", address: "real@corp.example" },
    ]);
  });
});
