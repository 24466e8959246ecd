import { emptySnapshot, type Analysis, type MessageSnapshot } from "../engine";
import { REPORT_FORMAT, base64Size, buildReport, fnv1a64, reportKey, reportToJson } from "./buildReport";

const NOW = new Date("2026-03-02T09:30:00.000Z");

const snapshot: MessageSnapshot = {
  ...emptySnapshot("outlook"),
  from: { name: "Senate IT Service Desk", address: "it-servicedesk@adfs-senate.services" },
  subject: "Action required: your senate.gov password expires today",
  internetMessageId: "<20180820140302.4F2A1C0A7@mail.adfs-senate.services>",
  receivedAt: "2018-08-20T14:03:09.000Z",
};

const analysis: Analysis = {
  verdict: "dangerous",
  score: 100,
  signals: [],
  findings: [
    {
      rule: "sender-known-spoof",
      message: "spoof",
      category: "sender",
      severity: "dangerous",
      weight: 100,
      title: "From address uses a known spoof domain",
      detail: "…",
      evidence: { domain: "adfs-senate.services" },
      tip: "known-spoof-domain",
    },
  ],
  incomplete: [{ rule: "headers", reason: "The message's internet headers were not available." }],
  stats: { rulesRun: 1, rulesFailed: 0, durationMs: 2 },
};

// "From: x\r\n\r\nhi\r\n" is 15 bytes.
const EML = Buffer.from("From: x\r\n\r\nhi\r\n").toString("base64");

describe("buildReport", () => {
  it("carries message, verdict, findings, user input and the EML", () => {
    const report = buildReport({
      snapshot,
      analysis,
      now: NOW,
      emlBase64: EML,
      userOptions: [true, false, true, false],
      userComment: "  Asked for my Senate password  ",
      reporter: "alex@rivera-for-senate.example",
    });
    expect(report).toEqual({
      key: "mid:20180820140302.4F2A1C0A7@mail.adfs-senate.services",
      internetMessageId: "<20180820140302.4F2A1C0A7@mail.adfs-senate.services>",
      subject: snapshot.subject,
      from: snapshot.from,
      reportedAt: "2026-03-02T09:30:00.000Z",
      reporter: "alex@rivera-for-senate.example",
      mailboxOwner: null,
      verdict: "dangerous",
      findings: analysis.findings,
      incomplete: analysis.incomplete,
      userOptions: [true, false, true, false],
      userComment: "Asked for my Senate password",
      eml: { base64: EML, bytes: 15 },
    });
  });

  it("has no EML and says why when there is none", () => {
    const report = buildReport({ snapshot, analysis, now: NOW, emlUnavailableReason: "Needs Mailbox 1.14." });
    expect(report.eml).toBeNull();
    expect(report.emlUnavailableReason).toBe("Needs Mailbox 1.14.");
    expect(buildReport({ snapshot, analysis, now: NOW }).emlUnavailableReason).toBe(
      "The message file was not available.",
    );
  });

  it("refuses EML that is not Base64", () => {
    const report = buildReport({ snapshot, analysis, now: NOW, emlBase64: "not base64!" });
    expect(report.eml).toBeNull();
    expect(report.emlUnavailableReason).toBe("Outlook returned a message file that is not valid Base64.");
  });

  it("defaults user input to empty and records a shared mailbox's owner", () => {
    const report = buildReport({
      snapshot,
      analysis,
      now: NOW,
      mailboxOwner: "press@rivera-for-senate.example",
    });
    expect(report.userOptions).toEqual([]);
    expect(report.userComment).toBeNull();
    expect(report.reporter).toBeNull();
    expect(report.mailboxOwner).toBe("press@rivera-for-senate.example");
  });

  it("has no from when the message has none", () => {
    expect(buildReport({ snapshot: { ...snapshot, from: undefined }, analysis, now: NOW }).from).toBeNull();
  });
});

describe("base64Size", () => {
  it.each([
    ["", { error: "Outlook returned an empty message file." }],
    ["QQ==", { bytes: 1, clean: "QQ==" }],
    ["QUI=", { bytes: 2, clean: "QUI=" }],
    ["QUJD", { bytes: 3, clean: "QUJD" }],
    ["QUJD\r\nREVG", { bytes: 6, clean: "QUJDREVG" }],
    ["QUJ", { error: "Outlook returned a message file that is not valid Base64." }],
    ["Q=JD", { error: "Outlook returned a message file that is not valid Base64." }],
  ])("%j", (input, expected) => {
    expect(base64Size(input)).toEqual(expected);
  });

  it("agrees with Node's decoder", () => {
    for (let n = 1; n < 40; n++) {
      const b64 = Buffer.alloc(n, 7).toString("base64");
      expect(base64Size(b64)).toEqual({ bytes: n, clean: b64 });
    }
  });
});

describe("reportKey", () => {
  it("uses the Message-ID without angle brackets, so Outlook and .eml agree", () => {
    expect(reportKey(snapshot)).toBe("mid:20180820140302.4F2A1C0A7@mail.adfs-senate.services");
    expect(
      reportKey({ ...snapshot, internetMessageId: " 20180820140302.4F2A1C0A7@mail.adfs-senate.services " }),
    ).toBe(reportKey(snapshot));
  });

  it("falls back to a hash of sender, subject and date", () => {
    const noId = { ...snapshot, internetMessageId: undefined };
    const key = reportKey(noId);
    expect(key).toMatch(/^hash:[0-9a-f]{16}$/);
    expect(
      reportKey({ ...noId, from: { name: "Other name", address: "IT-ServiceDesk@ADFS-senate.services" } }),
    ).toBe(key);
    expect(reportKey({ ...noId, subject: "Another subject" })).not.toBe(key);
    expect(reportKey({ ...noId, receivedAt: "2018-08-21T14:03:09.000Z" })).not.toBe(key);
    expect(reportKey({ ...noId, internetMessageId: "  " })).toBe(key);
  });
});

describe("fnv1a64", () => {
  it("matches the published FNV-1a 64 test vectors", () => {
    expect(fnv1a64("")).toBe("cbf29ce484222325");
    expect(fnv1a64("a")).toBe("af63dc4c8601ec8c");
    expect(fnv1a64("foobar")).toBe("85944171f73967e8");
  });
});

describe("reportToJson", () => {
  it("is the report without the EML bytes, with a format marker", () => {
    const report = buildReport({ snapshot, analysis, now: NOW, emlBase64: EML, userOptions: [false, true] });
    const json = JSON.parse(reportToJson(report));
    expect(json.format).toBe(REPORT_FORMAT);
    expect(json.eml).toEqual({ attached: true, bytes: 15 });
    expect(json.verdict).toBe("dangerous");
    expect(json.findings[0].evidence).toEqual({ domain: "adfs-senate.services" });
    expect(json.userOptions).toEqual([false, true]);
    expect(reportToJson(report)).not.toContain(EML);
  });

  it("says why the EML is missing", () => {
    const report = buildReport({ snapshot, analysis, now: NOW, emlUnavailableReason: "Needs Mailbox 1.14." });
    expect(JSON.parse(reportToJson(report)).eml).toEqual({ attached: false, reason: "Needs Mailbox 1.14." });
  });
});
