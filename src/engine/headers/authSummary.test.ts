import { readFileSync } from "node:fs";
import fc from "fast-check";
import { sharedData } from "../../../test/support/sharedData";
import { authVerdicts, type AuthVerdicts } from "./authSummary";

type Headers = [string, string][];

const EXO_INTERNAL_HOP: Headers = [
  [
    "Received",
    "from MW4PR11MB6620.namprd11.prod.outlook.com (2603:10b6:303:1e8::9) by PH0PR11MB5642.namprd11.prod.outlook.com with HTTPS; Thu, 20 Nov 2025 18:09:46 +0000",
  ],
];
const EXO_EDGE: [string, string] = [
  "Received",
  "from mail.senate.gov (40.107.1.2) by SN1PEPF0002BA4F.mail.protection.outlook.com (10.167.242.72) with Microsoft SMTP Server id 15.20.9343.9 via Frontend Transport; Thu, 20 Nov 2025 18:09:44 +0000",
];
const EXO_TRAILER: Headers = [
  ["From", "Senate IT <it@senate.gov>"],
  ["Subject", "Action required"],
  ["X-MS-Exchange-Organization-AuthAs", "Anonymous"],
  ["X-MS-Exchange-CrossTenant-Id", "8f3c9b2e-0000-4000-8000-000000000000"],
];
const exoAuth = (r: string) =>
  `spf=${r} (sender IP is 40.107.1.2) smtp.mailfrom=senate.gov; dkim=${r === "pass" ? "pass (signature was verified)" : "none (message not signed)"} ` +
  `header.d=${r === "pass" ? "senate.gov" : "none"};dmarc=${r} action=${r === "pass" ? "none" : "oreject"} header.from=senate.gov;` +
  `compauth=${r} reason=${r === "pass" ? "100" : "000"}`;

/** The verdicts as `method=result` strings, for short assertions. */
function brief(v: AuthVerdicts) {
  const show = (r?: { method: string; result: string }) => (r ? `${r.method}=${r.result}` : undefined);
  return {
    spf: show(v.spf),
    dkim: v.dkim.map((d) => `${show(d)} ${d.props["header.d"] ?? ""}`.trim()),
    dmarc: show(v.dmarc),
    compauth: show(v.compauth),
    source: v.source,
    trustedAuthservId: v.trustedAuthservId,
    untrustedIgnored: v.untrustedIgnored,
  };
}

describe("Exchange Online", () => {
  it("trusts Microsoft's own header, which has no authserv-id, and reads Received-SPF beside it", () => {
    const v = authVerdicts([
      ...EXO_INTERNAL_HOP,
      ["Authentication-Results", exoAuth("pass")],
      [
        "Received-SPF",
        "Pass (protection.outlook.com: domain of senate.gov designates 40.107.1.2 as permitted sender) receiver=protection.outlook.com; client-ip=40.107.1.2; helo=mail.senate.gov; pr=C",
      ],
      EXO_EDGE,
      ...EXO_TRAILER,
    ]);
    expect(brief(v)).toEqual({
      spf: "spf=pass",
      dkim: ["dkim=pass senate.gov"],
      dmarc: "dmarc=pass",
      compauth: "compauth=pass",
      source: "authentication-results",
      trustedAuthservId: undefined,
      untrustedIgnored: 0,
    });
    expect(v.compauth?.reason).toBe("100");
    expect(v.receivedSpf).toMatchObject({ result: "pass", domain: "senate.gov", clientIp: "40.107.1.2" });
  });

  it("ignores passes a sender wrote below the receiving hop, with or without an authserv-id", () => {
    const v = authVerdicts([
      ...EXO_INTERNAL_HOP,
      ["Authentication-Results", exoAuth("fail")],
      EXO_EDGE,
      [
        "Authentication-Results",
        "mx.senate.gov; dmarc=pass header.from=senate.gov; dkim=pass header.d=senate.gov",
      ],
      [
        "Authentication-Results",
        "spf=pass smtp.mailfrom=senate.gov;dmarc=pass action=none header.from=senate.gov;compauth=pass reason=100",
      ],
      ...EXO_TRAILER,
    ]);
    expect(brief(v)).toMatchObject({
      dmarc: "dmarc=fail",
      compauth: "compauth=fail",
      dkim: ["dkim=none none"],
      untrustedIgnored: 2,
    });
  });

  it("also trusts an on-premises server's header above Microsoft's in a hybrid setup", () => {
    const headers: Headers = [
      [
        "Received",
        "from EXCH01.contoso.com (10.0.0.5) by EXCH02.contoso.com; Thu, 20 Nov 2025 18:09:47 +0000",
      ],
      ["Authentication-Results", "exch01.contoso.com; dkim=pass header.d=senate.gov"],
      ...EXO_INTERNAL_HOP,
      ["Authentication-Results", exoAuth("pass")],
      EXO_EDGE,
      ["Authentication-Results", "spf=pass smtp.mailfrom=evil.example"],
    ];
    const v = authVerdicts([...headers, ...EXO_TRAILER]);
    expect(brief(v)).toMatchObject({
      dkim: ["dkim=pass senate.gov", "dkim=pass senate.gov"],
      dmarc: "dmarc=pass",
      trustedAuthservId: "exch01.contoso.com",
      untrustedIgnored: 1,
    });
    // Without Exchange Online's own headers only the topmost hop counts.
    expect(brief(authVerdicts(headers))).toMatchObject({ dmarc: undefined, untrustedIgnored: 2 });
  });
});

describe("other receivers", () => {
  const gmailAuth =
    "mx.google.com; dkim=pass header.i=@x.org header.s=s1 header.b=abc; spf=pass (google.com: domain of a@x.org designates " +
    "1.2.3.4 as permitted sender) smtp.mailfrom=a@x.org; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=x.org";

  it("trusts Gmail's header below its own Received header, not a different authserv-id right after it", () => {
    const v = authVerdicts([
      [
        "Received",
        "by 2002:a05:6a10:9e8c:b0:5d1:2c5e:1a2f with SMTP id y12csp1234567pxj; Thu, 20 Nov 2025 10:09:46 -0800",
      ],
      ["Return-Path", "<a@x.org>"],
      [
        "Received",
        "from mail.x.org (mail.x.org. [1.2.3.4]) by mx.google.com with ESMTPS id a1si; Thu, 20 Nov 2025 10:09:45 -0800",
      ],
      [
        "Received-SPF",
        "pass (google.com: domain of a@x.org designates 1.2.3.4 as permitted sender) client-ip=1.2.3.4;",
      ],
      ["Authentication-Results", gmailAuth],
      ["Authentication-Results", "mx.x.org; dkim=pass header.d=paypal.com"],
      ["Received", "from [10.0.0.2] by mail.x.org; Thu, 20 Nov 2025 10:09:44 -0800"],
      ["Authentication-Results", "mx.google.com; dkim=pass header.d=paypal.com"],
    ]);
    expect(brief(v)).toEqual({
      spf: "spf=pass",
      dkim: ["dkim=pass"],
      dmarc: "dmarc=pass",
      compauth: undefined,
      source: "authentication-results",
      trustedAuthservId: "mx.google.com",
      untrustedIgnored: 2,
    });
  });

  it("joins the instances one hop's filters each added, and prefers the MAIL FROM SPF check over HELO", () => {
    const v = authVerdicts([
      ["Received", "from mx.example.org by mailbox.example.org with LMTP; Thu, 20 Nov 2025 18:09:46 +0000"],
      ["Authentication-Results", "mx.example.org; dmarc=fail (p=reject dis=none) header.from=bank.example"],
      [
        "Authentication-Results",
        'MX.example.org; dkim=fail reason="signature verification failed" header.d=bank.example',
      ],
      [
        "Authentication-Results",
        "mx.example.org; spf=none smtp.helo=mail.evil.example; spf=softfail smtp.mailfrom=evil.example",
      ],
      ["Received", "from mail.evil.example (203.0.113.7) by mx.example.org; Thu, 20 Nov 2025 18:09:45 +0000"],
    ]);
    expect(brief(v)).toMatchObject({
      spf: "spf=softfail",
      dkim: ["dkim=fail bank.example"],
      dmarc: "dmarc=fail",
      untrustedIgnored: 0,
    });
  });

  it("trusts configured authserv-ids anywhere, such as a gateway in front of Microsoft", () => {
    const headers: Headers = [
      ...EXO_INTERNAL_HOP,
      [
        "Authentication-Results",
        "spf=pass (sender IP is 207.211.30.1) smtp.mailfrom=x.org; dkim=none (message not signed) header.d=none;dmarc=none action=none header.from=x.org;compauth=none reason=405",
      ],
      [
        "Received",
        "from us-smtp-1.mimecast.com (207.211.30.1) by SN1PEPF0002BA4F.mail.protection.outlook.com; Thu, 20 Nov 2025 18:09:44 +0000",
      ],
      [
        "Authentication-Results",
        "relay.mimecast.com; dkim=pass header.d=x.org header.s=s1; dmarc=pass (policy=reject) header.from=x.org",
      ],
      ["Received", "from mail.x.org (1.2.3.4) by relay.mimecast.com; Thu, 20 Nov 2025 18:09:43 +0000"],
    ];
    expect(brief(authVerdicts(headers))).toMatchObject({ dkim: ["dkim=none none"], untrustedIgnored: 1 });
    expect(brief(authVerdicts(headers, ["Relay.Mimecast.com"]))).toMatchObject({
      dkim: ["dkim=none none", "dkim=pass x.org"],
      dmarc: "dmarc=none",
      untrustedIgnored: 0,
    });
  });

  it("reads nothing from a topmost `none`, and reads header names in any case", () => {
    const v = authVerdicts([
      ["authentication-RESULTS", "mx.example.org; none"],
      ["Received", "from a by mx.example.org"],
      ["Authentication-Results", "mx.example.org; dkim=pass header.d=x.org"],
    ]);
    expect(brief(v)).toMatchObject({
      dkim: [],
      dmarc: undefined,
      trustedAuthservId: "mx.example.org",
      untrustedIgnored: 1,
    });
  });
});

describe("fallbacks", () => {
  it("uses the topmost ARC-Authentication-Results without Authentication-Results", () => {
    const v = authVerdicts([
      [
        "ARC-Authentication-Results",
        "i=2; mx.microsoft.com 1; spf=fail smtp.mailfrom=x.org; dmarc=fail action=quarantine header.from=x.org; arc=fail",
      ],
      [
        "ARC-Authentication-Results",
        "i=1; mx.google.com; dkim=pass header.d=x.org; dmarc=pass header.from=x.org",
      ],
      [
        "Received-SPF",
        "Fail (protection.outlook.com: domain of x.org does not designate 1.2.3.4 as permitted sender)",
      ],
    ]);
    expect(brief(v)).toMatchObject({
      spf: "spf=fail",
      dmarc: "dmarc=fail",
      source: "arc",
      trustedAuthservId: "mx.microsoft.com",
      untrustedIgnored: 1,
    });
    expect(v.arc?.result).toBe("fail");
    expect(v.receivedSpf?.result).toBe("fail");
  });

  it("uses the topmost Received-SPF, then reports none", () => {
    const v = authVerdicts([
      [
        "Received-SPF",
        "SoftFail (protection.outlook.com: domain of transitioning x.org discourages use of 1.2.3.4 as permitted sender)",
      ],
      ["Received-SPF", "Pass (forged)"],
    ]);
    expect(v).toEqual({
      dkim: [],
      receivedSpf: expect.objectContaining({ result: "softfail", domain: "x.org" }),
      source: "received-spf",
      untrustedIgnored: 1,
    });
    expect(authVerdicts([])).toEqual({ dkim: [], source: "none", untrustedIgnored: 0 });
    expect(authVerdicts([["Subject", "hi"]])).toEqual({ dkim: [], source: "none", untrustedIgnored: 0 });
  });
});

interface EmlVector {
  eml: string;
  authentication_results_top_to_bottom: string[];
}

/**
 * dkim_verifier's multi-instance test messages, as consecutive headers (the vectors keep no Received
 * headers, so every instance is in one hop). dkim_verifier trusts every instance that shares the newest's
 * authserv-id wherever it is; we stop at the first other authserv-id, since a sender could have written
 * the ones below it, and we accept the newest without authserv-id as Microsoft does.
 */
describe("dkim_verifier's multi-instance messages", () => {
  const path = sharedData("vectors/auth-results-eml.json");
  const emls: EmlVector[] = path ? JSON.parse(readFileSync(path, "utf8")) : [];
  const verdictsOf = (name: string, ids?: string[]) => {
    const eml = emls.find((e) => e.eml.endsWith(`/${name}.eml`));
    return (
      eml &&
      authVerdicts(
        eml.authentication_results_top_to_bottom.map(
          (v) => ["Authentication-Results", v] as [string, string],
        ),
        ids,
      )
    );
  };
  const check = (name: string, expected: Partial<ReturnType<typeof brief>>, ids?: string[]) => {
    const v = verdictsOf(name, ids);
    if (v) expect(brief(v)).toMatchObject(expected);
  };

  it("trusts the newest hop", () => {
    check("multiple_arh-same_and_different_authserv", {
      spf: "spf=pass",
      dkim: ["dkim=pass example.com", "dkim=pass football.example.com"],
      untrustedIgnored: 4,
    });
    check("multiple_arh-newest_no_result", { dkim: [], untrustedIgnored: 2 });
    check("multiple_arh-newest_unknown_method", { dkim: [], untrustedIgnored: 2 });
    check("multiple_arh-newest_parsing_error_01", {
      dkim: ["dkim=pass error.example.com"],
      untrustedIgnored: 2,
    });
    check("multiple_arh-newest_parsing_error_02", {
      dkim: ["dkim=pass error.example.com"],
      trustedAuthservId: "example/net",
    });
    check("multiple_arh-newest_no_authserv", {
      dkim: ["dkim=pass 01.example.com"],
      trustedAuthservId: undefined,
      untrustedIgnored: 2,
    });
  });

  it("adds configured authserv-ids", () => {
    check(
      "multiple_arh-same_and_different_authserv",
      {
        dkim: ["dkim=pass example.com", "dkim=pass football.example.com", "dkim=pass last.example.com"],
        untrustedIgnored: 3,
      },
      ["example.net"],
    );
    check(
      "multiple_arh-same_and_different_authserv",
      {
        dkim: [
          "dkim=pass example.com",
          "dkim=pass football.example.com",
          "dkim=pass foo.example.com",
          "dkim=pass unrelated.com",
        ],
        untrustedIgnored: 2,
      },
      ["foo.example.net", "unrelated.com"],
    );
  });
});

describe("robustness", () => {
  it("never throws on any header list and counts consistently", () => {
    const name = fc.oneof(
      fc.constantFrom(
        "Authentication-Results",
        "ARC-Authentication-Results",
        "Received-SPF",
        "Received",
        "X-MS-Exchange-CrossTenant-Id",
      ),
      fc.string({ maxLength: 8 }),
    );
    const value = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.constantFrom("spf=pass", "a.example; dkim=fail", "i=1; x; arc=pass", ""),
    );
    const ids = fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 });
    fc.assert(
      fc.property(fc.array(fc.tuple(name, value), { maxLength: 12 }), ids, (headers, authservIds) => {
        const v = authVerdicts(headers, authservIds);
        const count = (n: string) => headers.filter(([h]) => h.trim().toLowerCase() === n).length;
        const total = {
          "authentication-results": count("authentication-results"),
          arc: count("arc-authentication-results"),
          "received-spf": count("received-spf"),
          none: 0,
        }[v.source];
        expect(v.untrustedIgnored).toBeGreaterThanOrEqual(0);
        expect(v.untrustedIgnored).toBeLessThanOrEqual(Math.max(0, total - 1));
      }),
      { numRuns: 400 },
    );
  });
});
