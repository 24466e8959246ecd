import { readFileSync } from "node:fs";
import fc from "fast-check";
import { sharedData } from "../../../test/support/sharedData";
import { parseReceived, type ReceivedHop } from "./received";

type Fields = Omit<ReceivedHop, "raw">;
const CLAUSES = ["from", "by", "with", "id", "for", "via"] as const;

interface ReceivedVector {
  raw: string | null;
  input: string | null;
  expected: Partial<Record<(typeof CLAUSES)[number], string>> & { dateNum?: number };
  exhaustive: boolean;
  source: string;
}

interface DateVector {
  raw: string | null;
  expected_epoch_ms: number;
  source: string;
}

const fields = ({ raw: _raw, ...rest }: ReceivedHop): Fields => rest;
const utc = (iso: string) => Date.parse(iso);

/** Whether a parse agrees with an MHA vector: listed keys equal; with `exhaustive`, unlisted ones empty. */
function agrees(hop: ReceivedHop, v: ReceivedVector): boolean {
  const clausesOk = CLAUSES.every((key) =>
    key in v.expected || v.exhaustive ? hop[key] === v.expected[key] : true,
  );
  // MHA's matcher ignores an absent dateNum; these vectors only lack one where there is no date.
  const dateOk = "dateNum" in v.expected || v.exhaustive ? hop.date === v.expected.dateNum : true;
  return clausesOk && dateOk;
}

const name = (v: { source: string }) => v.source.split(" > ").pop();

/** MHA's Received.test.ts (../shared/data/vectors/received.json), with and without the "Received:" name. */
describe("MHA Received vectors", () => {
  const path = sharedData("vectors/received.json");
  const vectors: ReceivedVector[] = path ? JSON.parse(readFileSync(path, "utf8")) : [];

  it("loads the vectors and reports the tally", () => {
    if (!path) return;
    const passing = vectors.filter((v) => agrees(parseReceived(v.raw as string), v));
    console.log(`received.json: ${passing.length} of ${vectors.length} agree`);
    expect(vectors.length).toBe(26);
  });

  for (const v of vectors) {
    it(`${name(v)}: ${JSON.stringify(v.raw).slice(0, 70)}`, () => {
      const hop = parseReceived(v.raw as string);
      expect(agrees(hop, v)).toBe(true);
      expect(hop.raw).toBe(v.raw ?? "");
      expect(fields(parseReceived(v.input as string))).toEqual(fields(hop));
    });
  }
});

/** The Received lines of MHA's date tests (../shared/data/vectors/received-dates.json). */
describe("MHA Received date vectors", () => {
  const path = sharedData("vectors/received-dates.json");
  const vectors = (path ? (JSON.parse(readFileSync(path, "utf8")) as DateVector[]) : []).filter(
    (v) => v.raw !== null,
  );

  it("loads the vectors and reports the tally", () => {
    if (!path) return;
    const passing = vectors.filter((v) => parseReceived(v.raw as string).date === v.expected_epoch_ms);
    console.log(`received-dates.json through parseReceived: ${passing.length} of ${vectors.length} match`);
    expect(vectors.length).toBe(14);
  });

  for (const v of vectors) {
    it(`${name(v)}: ${v.raw}`, () => {
      expect(parseReceived(v.raw as string)).toEqual({ raw: v.raw, date: v.expected_epoch_ms });
    });
  }
});

describe("parseReceived on today's providers", () => {
  it.each<[string, string, Fields]>([
    [
      "Exchange Online, mailbox to mailbox server (CRLF folding)",
      "from AS8PR04MB8452.eurprd04.prod.outlook.com (2603:10a6:20b:3f1::12) by\r\n DU0PR04MB9417.eurprd04.prod.outlook.com (2603:10a6:10:350::9) with Microsoft\r\n SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\r\n 15.20.9343.10 via Frontend Transport; Thu, 20 Nov 2025 18:09:45 +0000",
      {
        from: "AS8PR04MB8452.eurprd04.prod.outlook.com (2603:10a6:20b:3f1::12)",
        by: "DU0PR04MB9417.eurprd04.prod.outlook.com (2603:10a6:10:350::9)",
        with: "Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)",
        id: "15.20.9343.10",
        via: "Frontend Transport",
        date: utc("2025-11-20T18:09:45Z"),
      },
    ],
    [
      "Exchange Online, submission over MAPI",
      "from DU0PR04MB9417.eurprd04.prod.outlook.com ([fe80::1c2d:3e4f:5a6b:7c8d]) by\n DU0PR04MB9417.eurprd04.prod.outlook.com ([fe80::1c2d:3e4f:5a6b:7c8d%5]) with\n mapi id 15.20.9343.009; Thu, 20 Nov 2025 18:09:44 +0000",
      {
        from: "DU0PR04MB9417.eurprd04.prod.outlook.com ([fe80::1c2d:3e4f:5a6b:7c8d])",
        by: "DU0PR04MB9417.eurprd04.prod.outlook.com ([fe80::1c2d:3e4f:5a6b:7c8d%5])",
        with: "mapi",
        id: "15.20.9343.009",
        date: utc("2025-11-20T18:09:44Z"),
      },
    ],
    [
      "Exchange Online Protection, mail arriving from Gmail",
      "Received: from mail-ej1-f41.google.com (209.85.218.41) by\n AM4PEPF00027A5F.mail.protection.outlook.com (10.167.16.73) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.9343.9 via\n Frontend Transport; Thu, 20 Nov 2025 18:09:45 +0000",
      {
        from: "mail-ej1-f41.google.com (209.85.218.41)",
        by: "AM4PEPF00027A5F.mail.protection.outlook.com (10.167.16.73)",
        with: "Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384)",
        id: "15.20.9343.9",
        via: "Frontend Transport",
        date: utc("2025-11-20T18:09:45Z"),
      },
    ],
    [
      "Gmail MX",
      "from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])\r\n        by mx.google.com with SMTPS id a640c23a62f3a-b7356b8e1c3sor1234567866b.9.2025.11.20.10.09.44\r\n        for <staffer@gmail.com>\r\n        (Google Transport Security);\r\n        Thu, 20 Nov 2025 10:09:45 -0800 (PST)",
      {
        from: "mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])",
        by: "mx.google.com",
        with: "SMTPS",
        id: "a640c23a62f3a-b7356b8e1c3sor1234567866b.9.2025.11.20.10.09.44",
        for: "<staffer@gmail.com> (Google Transport Security)",
        date: utc("2025-11-20T18:09:45Z"),
      },
    ],
    [
      "Gmail internal hop named by an IPv6 address",
      "by 2002:a05:6a10:a0c4:b0:5f1:2c3d:4e5f with SMTP id n4csp1234567pxb;\r\n        Thu, 20 Nov 2025 10:09:46 -0800 (PST)",
      {
        by: "2002:a05:6a10:a0c4:b0:5f1:2c3d:4e5f",
        with: "SMTP",
        id: "n4csp1234567pxb",
        date: utc("2025-11-20T18:09:46Z"),
      },
    ],
    [
      "Gmail API submission",
      "from 1234567890 named unknown by gmailapi.google.com with HTTPREST; Thu, 20 Nov 2025 10:09:42 -0800",
      {
        from: "1234567890 named unknown",
        by: "gmailapi.google.com",
        with: "HTTPREST",
        date: utc("2025-11-20T18:09:42Z"),
      },
    ],
    [
      "Yahoo webmail",
      "from 10.197.33.11 by atlas325.free.mail.ne1.yahoo.com pod-id atlas325.free.mail.ne1.yahoo.com with HTTP; Thu, 20 Nov 2025 18:09:43 +0000",
      {
        from: "10.197.33.11",
        by: "atlas325.free.mail.ne1.yahoo.com pod-id atlas325.free.mail.ne1.yahoo.com",
        with: "HTTP",
        date: utc("2025-11-20T18:09:43Z"),
      },
    ],
    [
      "Yahoo gateway",
      "from sonic.gate.mail.ne1.yahoo.com by sonic309.consmr.mail.gq1.yahoo.com with HTTP; Thu, 20 Nov 2025 18:09:44 +0000",
      {
        from: "sonic.gate.mail.ne1.yahoo.com",
        by: "sonic309.consmr.mail.gq1.yahoo.com",
        with: "HTTP",
        date: utc("2025-11-20T18:09:44Z"),
      },
    ],
    [
      "Proton into Postfix, TLS details in comments",
      "from mail-4322.protonmail.ch (mail-4322.protonmail.ch [185.70.43.22])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (4096 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby mx.campaign.example (Postfix) with ESMTPS id 4dB8kQ0yTzz9sWn\n\tfor <staffer@campaign.example>; Thu, 20 Nov 2025 18:09:45 +0000 (UTC)",
      {
        from: "mail-4322.protonmail.ch (mail-4322.protonmail.ch [185.70.43.22]) (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits) key-exchange X25519 server-signature RSA-PSS (4096 bits) server-digest SHA256) (No client certificate requested)",
        by: "mx.campaign.example (Postfix)",
        with: "ESMTPS",
        id: "4dB8kQ0yTzz9sWn",
        for: "<staffer@campaign.example>",
        date: utc("2025-11-20T18:09:45Z"),
      },
    ],
    [
      "Proton internal",
      "from mail.protonmail.ch by mail.protonmail.ch; Thu, 20 Nov 2025 18:09:44 +0000",
      { from: "mail.protonmail.ch", by: "mail.protonmail.ch", date: utc("2025-11-20T18:09:44Z") },
    ],
  ])("%s", (_label, value, expected) => {
    const hop = parseReceived(value);
    expect(hop.raw).toBe(value);
    expect(fields(hop)).toEqual(expected);
  });

  it("ignores a date it cannot read and keeps the clauses", () => {
    expect(fields(parseReceived("from a.example by b.example; yesterday"))).toEqual({
      from: "a.example",
      by: "b.example",
    });
  });

  it("handles unclosed comments, stray brackets and escaped brackets", () => {
    expect(
      fields(parseReceived("from a.example (unclosed by b.example; Thu, 20 Nov 2025 18:09:45 +0000")),
    ).toEqual({ from: "a.example (unclosed by b.example; Thu, 20 Nov 2025 18:09:45 +0000" });
    expect(fields(parseReceived("from a) by b (x \\) by c) with d"))).toEqual({
      from: "a)",
      by: "b (x \\) by c)",
      with: "d",
    });
  });
});

/** Where this parser knowingly reads a header differently from MHA, and why. */
const DELIBERATE_DIFFERENCES: Record<string, { input: string; mha: Fields; ours: Fields; why: string }> = {
  "keyword inside a comment": {
    input:
      "from a.example (using TLSv1.3 with cipher X) by b.example with ESMTPS; Thu, 20 Nov 2025 18:09:45 +0000",
    mha: { from: "a.example (using TLSv1.3", with: "cipher X); ESMTPS", by: "b.example" },
    ours: { from: "a.example (using TLSv1.3 with cipher X)", by: "b.example", with: "ESMTPS" },
    why: "RFC 5321 keywords never appear inside comments; Postfix and Proton put TLS details there",
  },
  "qmail invoked by a user": {
    input: "(qmail 4242 invoked by uid 89); 20 Nov 2025 18:09:45 -0000",
    mha: { by: "uid 89)" },
    ours: { by: "qmail 4242 invoked by uid 89" },
    why: "MHA special-cases only “invoked from”; the comment names the receiving program either way",
  },
  "weekday inside a host name, no date": {
    input: "from Sunrise.example by Monday.example with SMTP id 12",
    mha: {},
    ours: { from: "Sunrise.example", by: "Monday.example", with: "SMTP", id: "12" },
    why: "MHA's missing-“;” fallback splits before any “Mon”…“Sun” text and loses the clauses",
  },
};

describe("deliberate differences from MHA", () => {
  for (const [label, d] of Object.entries(DELIBERATE_DIFFERENCES)) {
    it(`${label}: ${d.why}`, () => {
      const got = fields(parseReceived(d.input));
      expect(got).not.toEqual(d.mha);
      expect(got).toEqual({ ...d.ours, date: got.date });
    });
  }
});

describe("parseReceived properties", () => {
  const soup = fc
    .array(
      fc.oneof(
        fc.constantFrom("from", "By", "WITH", "id", "for", "via", "(", ")", "\\", ";", "Thu,", "2025-11-20"),
        fc.constantFrom(" ", "\r\n ", "\t", "20 Nov 2025 18:09:45 +0000", "(qmail 1 invoked from x)"),
        fc.string({ maxLength: 6 }),
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join(" "));

  it("never throws, keeps the raw text and gives only non-empty clauses", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), soup), (value) => {
        const hop = parseReceived(value);
        expect(hop.raw).toBe(value);
        for (const key of CLAUSES) expect(hop[key] === undefined || hop[key] !== "").toBe(true);
        expect(hop.date === undefined || Number.isFinite(hop.date)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});

/** 1 MB built to hurt: deep and unclosed comments, escapes, many semicolons, repeated keywords, date bait. */
function hostileReceived(bytes: number): string {
  const pieces = [
    `${"(".repeat(20_000)}x${")".repeat(20_000)} `,
    "from by with id for via ".repeat(1000),
    ";".repeat(10_000),
    "Thu, Mon, 2025-11-20 ".repeat(500),
    `(${"\\(".repeat(5000)} `,
    "by a (b [1.2.3.4]) with esmtp id d; ".repeat(300),
  ];
  let out = "Received: ";
  for (let i = 0; out.length < bytes; i++) out += pieces[i % pieces.length];
  return `${out.slice(0, bytes)}; Thu, 20 Nov 2025 18:09:45 +0000`;
}

describe("parseReceived on hostile input", () => {
  const value = hostileReceived(1 << 20);

  it.each([
    ["as built", value],
    ["without semicolons", value.replaceAll(";", " ")],
    ["inside one unclosed comment", `(${value}`],
    ["keywords only", "by ".repeat(350_000)],
  ])("completes on 1 MB %s and returns a sane hop", (_label, input) => {
    const hop = parseReceived(input);
    expect(hop.raw).toBe(input);
    for (const key of CLAUSES) expect(hop[key] === undefined || typeof hop[key] === "string").toBe(true);
    expect(hop.date === undefined || Number.isFinite(hop.date)).toBe(true);
  });
});
