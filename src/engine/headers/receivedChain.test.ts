import { readFileSync } from "node:fs";
import fc from "fast-check";
import { sharedData } from "../../../test/support/sharedData";
import { formatDelay, receivedChain } from "./receivedChain";

interface ChainVector {
  raw: string;
  mha_row: { hop?: number; delay?: string; delaySort?: number };
  chain?: {
    chain: string;
    headers_in_chain: number;
    position_in_message: number;
    row_index?: number;
    chain_total_delay?: string;
  };
  source: string;
}

interface DelayVector {
  delta_ms: number;
  expected: string;
  source: string;
}

const utc = (iso: string) => Date.parse(iso);
const LATER = utc("2030-01-01T00:00:00Z"); // after every vector, so no future-date notes

/** Where formatDelay knowingly differs from MHA's computeTime, and why. */
const DELIBERATE_DIFFERENCES: Record<string, { ms: number; mha: string; ours: string; why: string }> = {
  "whole minutes plus a fraction of a second": {
    ms: 60_500,
    mha: "1 minute 0 seconds",
    ours: "1 minute",
    why: "MHA tests the leftover milliseconds, not whole seconds, before printing seconds",
  },
};

/** The chains in MHA's Received.test.ts (../shared/data/vectors/received.json, entries with `chain`). */
describe("MHA Received chain vectors", () => {
  const path = sharedData("vectors/received.json");
  const all: ChainVector[] = path ? JSON.parse(readFileSync(path, "utf8")) : [];
  const chains = new Map<string, ChainVector[]>();
  for (const v of all) if (v.chain) chains.set(v.chain.chain, [...(chains.get(v.chain.chain) ?? []), v]);

  /** Each vector's row checks: hop number, delay text, delay in ms and the chain's total. */
  function mismatches(members: ChainVector[]): string[] {
    const inMessageOrder = [...members].sort(
      (a, b) => a.chain!.position_in_message - b.chain!.position_in_message,
    );
    const chain = receivedChain(
      inMessageOrder.map((v) => v.raw),
      LATER,
    );
    const wrong: string[] = [];
    for (const v of members) {
      const { headers_in_chain, position_in_message, row_index, chain_total_delay } = v.chain!;
      const hop = chain.hops[headers_in_chain - position_in_message];
      const row = v.mha_row;
      const label = `${v.chain!.chain} hop ${hop.hop}`;
      if (row_index !== undefined && hop.hop !== row_index + 1) wrong.push(`${label}: number`);
      if (row.delay === "" && hop.delayMs !== undefined) wrong.push(`${label}: delay should be absent`);
      if (row.delay && formatDelay(hop.delayMs!) !== row.delay) wrong.push(`${label}: delay text`);
      if (row.delaySort !== undefined && (row.hop ?? 0) > 1 && hop.delayMs !== row.delaySort) {
        wrong.push(`${label}: delay ms`);
      }
      if (chain_total_delay !== undefined && formatDelay(chain.totalDelayMs!) !== chain_total_delay) {
        wrong.push(`${label}: total`);
      }
    }
    if (chain.notes.length > 0)
      wrong.push(`${members[0].chain!.chain}: unexpected notes ${chain.notes.join("; ")}`);
    return wrong;
  }

  it("loads the vectors and reports the tally", () => {
    if (!path) return;
    const members = [...chains.values()].flat();
    const failing = new Set([...chains.values()].flatMap(mismatches));
    console.log(
      `received.json chains: ${chains.size} chains, ${members.length} rows, ${failing.size} mismatches`,
    );
    expect(chains.size).toBe(3);
    expect(members.length).toBe(12);
  });

  for (const [label, members] of chains) {
    it(`${label}: hop numbers, delays and total as MHA shows them`, () => {
      expect(mismatches(members)).toEqual([]);
    });
  }

  it("finds where the two Exchange Online chains entered Microsoft 365", () => {
    if (!path) return;
    const entry = (label: string) => {
      const members = [...chains.get(label)!].sort(
        (a, b) => a.chain!.position_in_message - b.chain!.position_in_message,
      );
      return receivedChain(
        members.map((v) => v.raw),
        LATER,
      ).firstExternal;
    };
    expect(entry("Received Tests")).toMatchObject({
      hop: 2,
      from: "vmta6.response.nfcu.org (199.204.166.217)",
    });
    expect(entry("Received Tests github headers")).toMatchObject({
      hop: 3,
      from: "o9.sgmail.github.com (167.89.101.2)",
    });
  });
});

describe("formatDelay", () => {
  const path = sharedData("vectors/received-delay-format.json");
  const vectors: DelayVector[] = path ? JSON.parse(readFileSync(path, "utf8")) : [];

  it("loads MHA's computeTime vectors and reports the tally", () => {
    if (!path) return;
    const passing = vectors.filter((v) => formatDelay(v.delta_ms) === v.expected);
    console.log(`received-delay-format.json: ${passing.length} of ${vectors.length} match`);
    expect(vectors.length).toBe(10);
  });

  for (const v of vectors) {
    it(`${v.delta_ms} ms is ${JSON.stringify(v.expected)}`, () =>
      expect(formatDelay(v.delta_ms)).toBe(v.expected));
  }

  for (const [label, d] of Object.entries(DELIBERATE_DIFFERENCES)) {
    it(`differs from MHA on purpose, ${label}: ${d.why}`, () => {
      expect(formatDelay(d.ms)).toBe(d.ours);
      expect(formatDelay(d.ms)).not.toBe(d.mha);
    });
  }

  it.each([
    [0, "0 seconds"],
    [60_000, "1 minute"],
    [-120_000, "-2 minutes"],
    [3_600_000 + 1000, "60 minutes 1 second"],
    [NaN, ""],
    [Infinity, ""],
  ])("%d ms is %j", (ms, text) => expect(formatDelay(ms)).toBe(text));
});

/** Gmail to an Exchange Online mailbox, in message order (newest first). */
const GMAIL_TO_EXCHANGE = [
  "from AM0PR02CA0123.eurprd02.prod.outlook.com (2603:10a6:208:35::28) by DU0PR04MB9417.eurprd04.prod.outlook.com (2603:10a6:10:350::9) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9343.10; Thu, 20 Nov 2025 18:09:46 +0000",
  "from AM4PEPF00027A5F.eurprd04.prod.outlook.com (2603:10a6:20b:2f1:cafe::5e) by AM0PR02CA0123.outlook.office365.com (2603:10a6:208:35::28) with Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.9343.10 via Frontend Transport; Thu, 20 Nov 2025 18:09:45 +0000",
  "from mail-ej1-f41.google.com (209.85.218.41) by AM4PEPF00027A5F.mail.protection.outlook.com (10.167.16.73) with Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.9343.9 via Frontend Transport; Thu, 20 Nov 2025 18:09:45 +0000",
  "by mail-ej1-f41.google.com with SMTP id a640c23a62f3a-b72f3a1c2d4so123456766b.2 for <staffer@campaign.example>; Thu, 20 Nov 2025 10:09:43 -0800 (PST)",
  "from 1234567890 named unknown by gmailapi.google.com with HTTPREST; Thu, 20 Nov 2025 10:09:42 -0800",
];

describe("receivedChain", () => {
  const now = utc("2025-11-20T18:10:00Z");

  it("orders hops oldest first, measures delays and finds where mail entered Exchange Online", () => {
    const chain = receivedChain(GMAIL_TO_EXCHANGE, now);
    expect(chain.hops.map((h) => [h.hop, h.by?.split(" ")[0], h.delayMs])).toEqual([
      [1, "gmailapi.google.com", undefined],
      [2, "mail-ej1-f41.google.com", 1000],
      [3, "AM4PEPF00027A5F.mail.protection.outlook.com", 2000],
      [4, "AM0PR02CA0123.outlook.office365.com", 0],
      [5, "DU0PR04MB9417.eurprd04.prod.outlook.com", 1000],
    ]);
    expect(chain.totalDelayMs).toBe(4000);
    expect(chain.firstExternal?.hop).toBe(3);
    expect(chain.hops[2].raw).toBe(GMAIL_TO_EXCHANGE[2]);
    expect(chain.notes).toEqual([]);
  });

  it("uses the caller's domains for an organisation's own servers", () => {
    const values = [
      "from mx.campaign.example (mx.campaign.example [10.0.0.5]) by mail.campaign.example with LMTP id 9QbR; Thu, 20 Nov 2025 18:09:47 +0000",
      "from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41]) by mx.campaign.example (Postfix) with ESMTPS id 4dB8kQ0yTzz9sWn for <staffer@campaign.example>; Thu, 20 Nov 2025 18:09:46 +0000",
      "by 2002:a05:6a10:a0c4:b0:5f1:2c3d:4e5f with SMTP id n4csp1234567pxb; Thu, 20 Nov 2025 10:09:45 -0800 (PST)",
    ];
    expect(receivedChain(values, now).firstExternal).toBeUndefined();
    expect(receivedChain(values, now, [" .Campaign.Example. "]).firstExternal?.hop).toBe(2);
  });

  it("is not fooled by a forged hop the sender wrote below the real entry point", () => {
    const forged =
      "from evil.example (evil.example [203.0.113.9]) by fake.prod.outlook.com with SMTP; Thu, 20 Nov 2025 10:09:41 -0800";
    expect(receivedChain([...GMAIL_TO_EXCHANGE, forged], now).firstExternal?.by).toContain(
      "AM4PEPF00027A5F.mail.protection.outlook.com",
    );
  });

  it("finds no entry point when every hop is Microsoft's own", () => {
    expect(receivedChain(GMAIL_TO_EXCHANGE.slice(0, 2), now).firstExternal).toBeUndefined();
  });

  it("notes, as information only, hops out of order, without a date or in the future", () => {
    const values = [
      "from b.example by c.example; Thu, 20 Nov 2025 18:00:00 +0000",
      "from a.example by b.example; Thu, 20 Nov 2025 18:05:00 +0000",
      "from x.example by a.example",
    ];
    const chain = receivedChain(values, now);
    expect(chain.notes).toEqual(["hop 1 has no date we could read", "hop 3 is dated 5 minutes before hop 2"]);
    expect(chain.hops[2].delayMs).toBe(-300_000);
    expect(chain.totalDelayMs).toBe(-300_000);

    const earlier = receivedChain(values, utc("2025-11-18T17:00:00Z"));
    expect(earlier.notes).toContain("hop 2 is dated 2 days in the future");
    expect(earlier.notes).toContain("hop 3 is dated 2 days in the future");
  });

  it("says nothing about gaps under a second or clocks a few minutes fast", () => {
    const values = [
      "from b.example by c.example; Thu, 20 Nov 2025 18:12:00.000 +0000",
      "from a.example by b.example; Thu, 20 Nov 2025 18:12:00.900 +0000",
    ];
    expect(receivedChain(values, now).notes).toEqual([]);
  });

  it("gives an empty chain for no headers or a non-array", () => {
    expect(receivedChain([], now)).toEqual({ hops: [], notes: [] });
    expect(receivedChain(null as unknown as string[], NaN)).toEqual({ hops: [], notes: [] });
  });
});

describe("receivedChain properties", () => {
  it("never throws and keeps one hop per header, oldest first", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constant(GMAIL_TO_EXCHANGE[2])), { maxLength: 12 }),
        fc.oneof(fc.double(), fc.integer()),
        fc.array(fc.string(), { maxLength: 3 }),
        (values, now, internal) => {
          const chain = receivedChain(values, now, internal);
          expect(chain.hops.map((h) => h.hop)).toEqual(values.map((_, i) => i + 1));
          expect(chain.hops.map((h) => h.raw)).toEqual([...values].reverse());
          expect(chain.notes.every((n) => typeof n === "string")).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
