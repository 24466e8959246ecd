import { readFileSync } from "node:fs";
import fc from "fast-check";
import { sharedData } from "../../../test/support/sharedData";
import { describeAntispam, parseForefrontAntispam, parseMicrosoftAntispam } from "./antispam";

/** MHA's ForefrontAntispam/Antispam assertions (see ../shared/data/vectors/README.md). */
interface AntispamVector {
  header: "X-Forefront-Antispam-Report" | "X-Microsoft-Antispam";
  input: string;
  /** Known keys; "" means absent or empty. `unparsed` holds MHA's other `KEY:value;` pairs. */
  expected: { fields: Record<string, string>; unparsed?: string; unparsed_derived_from_display?: string };
  source: string;
}

const path = sharedData("vectors/antispam.json");
const VECTORS: AntispamVector[] = path ? JSON.parse(readFileSync(path, "utf8")) : [];

/** MHA's `KEY:value;` string as pairs. */
const pairs = (unparsed: string) =>
  unparsed
    .split(";")
    .filter((p) => p.includes(":"))
    .map((p) => [p.slice(0, p.indexOf(":")).toUpperCase(), p.slice(p.indexOf(":") + 1)]);

describe("antispam headers against MHA's vectors", () => {
  it(`read all ${VECTORS.length} inputs as MHA does, known and unknown fields alike`, () => {
    for (const v of VECTORS) {
      const fields =
        v.header === "X-Forefront-Antispam-Report"
          ? parseForefrontAntispam(v.input).fields
          : parseMicrosoftAntispam(v.input).fields;
      const known = Object.keys(v.expected.fields).map((k) => [k, fields[k.toUpperCase()] ?? ""]);
      expect([v.source, known]).toEqual([v.source, Object.entries(v.expected.fields)]);
      const unparsed = pairs(v.expected.unparsed ?? v.expected.unparsed_derived_from_display ?? "");
      expect([v.source, unparsed.map(([k]) => [k, fields[k]])]).toEqual([v.source, unparsed]);
    }
  });
});

describe("X-Forefront-Antispam-Report", () => {
  it("reads Exchange Online's report of a clean message", () => {
    const a = parseForefrontAntispam(
      "CIP:40.107.1.2;CTRY:US;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:NAM04-BN3-obe.outbound.protection.outlook.com;" +
        "PTR:mail-bn3nam04on2002.outbound.protection.outlook.com;CAT:NONE;SFS:(13230040)(4636009)(376014);DIR:INB;",
    );
    expect(a).toMatchObject({ scl: 1, sfv: "NSPM", cat: "NONE", ctry: "US" });
    // An empty value stays in `fields` only.
    expect([a.srv, a.fields.SRV]).toEqual([undefined, ""]);
    expect(a.fields.CIP).toBe("40.107.1.2");
    expect(a.fields.SFS).toBe("(13230040)(4636009)(376014)");
    expect(a.fields.DIR).toBe("INB");
    expect(describeAntispam(a)).toEqual([
      "Microsoft's filter found it was not spam.",
      "Spam confidence level 1: not spam.",
    ]);
  });

  it("explains spam, phishing, bulk and bypassed verdicts", () => {
    expect(
      describeAntispam(
        parseForefrontAntispam("CIP:203.0.113.7;CTRY:NG;SCL:5;SRV:;IPV:NLI;SFV:SPM;CAT:SPM;DIR:INB"),
      ),
    ).toEqual([
      "Microsoft's filter marked it as spam.",
      "Microsoft classed it as spam.",
      "Spam confidence level 5: spam.",
    ]);
    expect(describeAntispam(parseForefrontAntispam("SCL:9;SFV:SPM;CAT:HPHSH;DIR:INB"))).toEqual([
      "Microsoft's filter marked it as spam.",
      "Microsoft classed it as high-confidence phishing.",
      "Spam confidence level 9: high-confidence spam.",
    ]);
    expect(describeAntispam(parseForefrontAntispam("SCL:6;SRV:BULK;IPV:NLI;SFV:SPM;CAT:BULK"))).toEqual([
      "Microsoft's filter marked it as spam.",
      "Microsoft classed it as bulk mail.",
      "Spam confidence level 6: spam.",
      "Microsoft identified it as bulk mail.",
    ]);
    expect(describeAntispam(parseForefrontAntispam("SCL:-1;SFV:SKN;CAT:NONE"))).toEqual([
      "It was marked as not spam before filtering, for example by an admin's mail flow rule.",
      "Spam confidence level -1: spam filtering was bypassed (a trusted sender or an admin rule).",
    ]);
    expect(describeAntispam(parseForefrontAntispam("SCL:1;SFV:SFE;CAT:SPOOF"))).toContain(
      "Microsoft classed it as spoofed: the sender's domain did not vouch for it.",
    );
  });

  it("says so for codes it does not know and says nothing without codes", () => {
    expect(describeAntispam(parseForefrontAntispam("SFV:XYZ;CAT:QQQ;SCL:42"))).toEqual([
      "Microsoft's spam filter verdict was XYZ, a code CampaignGuard does not know.",
      "Microsoft's protection category was QQQ, a code CampaignGuard does not know.",
      "Spam confidence level 42: not a level Microsoft documents.",
    ]);
    expect(describeAntispam(parseForefrontAntispam(""))).toEqual([]);
    expect(describeAntispam({ fields: {}, sfv: "constructor", cat: "__proto__" })).toHaveLength(2);
  });

  it("tolerates case, spaces, folding, (null), repeats and parts without a colon", () => {
    const a = parseForefrontAntispam(
      " cip : 192.0.2.1 ;\r\n sfv:nspm;SFS:(1)(2)\r\n\t(3);SCL:(null)SFV:SPM;junk;;SCL:x",
    );
    expect({ ...a.fields }).toEqual({ CIP: "192.0.2.1", SFV: "nspm", SFS: "(1)(2)\t(3)", SCL: "" });
    expect(a.sfv).toBe("NSPM");
    expect(a.scl).toBeUndefined();
    expect(Object.getPrototypeOf(parseForefrontAntispam("__proto__:x;CONSTRUCTOR:y").fields)).toBeNull();
  });
});

describe("X-Microsoft-Antispam", () => {
  it("reads the bulk complaint level and keeps the rest", () => {
    const m = parseMicrosoftAntispam("BCL:7;ARA:13230040|1800799024|376014|366016;");
    expect(m.bcl).toBe(7);
    expect(m.fields.ARA).toBe("13230040|1800799024|376014|366016");
    expect(parseMicrosoftAntispam("BCL:0;").bcl).toBe(0);
    expect(parseMicrosoftAntispam("BCL:;PCL:(null)").bcl).toBeUndefined();
  });
});

describe("robustness", () => {
  it("never throws on any string", () => {
    const text = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.string({
        unit: fc.constantFrom(";", ":", "(null)", "SCL", "SFV", "-", "1", " ", "\r\n", "__proto__"),
      }),
    );
    fc.assert(
      fc.property(text, (s) => {
        const a = parseForefrontAntispam(s);
        expect(Array.isArray(describeAntispam(a))).toBe(true);
        expect(typeof parseMicrosoftAntispam(s).fields).toBe("object");
      }),
      { numRuns: 500 },
    );
  });
});
