import { readFileSync } from "node:fs";
import fc from "fast-check";
import { sharedData } from "../../../test/support/sharedData";
import {
  parseArcAuthenticationResults,
  parseAuthenticationResults,
  parseReceivedSpf,
  type AuthResult,
  type AuthResultsHeader,
} from "./authResults";

/** dkim_verifier's arhParserSpec assertions (see ../shared/data/vectors/README.md): only asserted keys are present. */
interface ArhVector {
  input: string;
  relaxed: boolean;
  expected: {
    error?: true;
    authserv_id?: string;
    authres_version?: number;
    result_count?: number;
    results?: {
      method?: string;
      method_version?: number;
      result?: string;
      reason?: string;
      properties?: Record<string, string>;
    }[];
  };
  source: string;
}

interface EmlVector {
  eml: string;
  authentication_results_top_to_bottom: string[];
}

function vectors<T>(file: string): T[] {
  const path = sharedData(`vectors/${file}`);
  return path ? (JSON.parse(readFileSync(path, "utf8")) as T[]) : [];
}

const ARH = vectors<ArhVector>("auth-results.json");
const EML = vectors<EmlVector>("auth-results-eml.json");

/**
 * Inputs dkim_verifier rejects in every mode the vectors try, that we read on purpose. (An input it
 * rejects in one mode but parses in another, relaxed or i18n, must match that other expectation.)
 */
const DELIBERATE_DIFFERENCES: Record<string, readonly string[]> = {
  "Result words are kept as written, lower-cased (ABNF is case-insensitive). Only `pass` counts downstream, so an unknown word never helps a forgery.":
    [
      "example.com; dkim=Pass",
      "example.com; dkim=hardfail",
      "example.com; dkim=timeout",
      "example.com; dkim=foo",
      "example.com; spf=foo",
      "example.com; dmarc=bestguesspass",
      "example.com; dmarc=foo",
    ],
  "Unbalanced comments: a stray `)` is dropped and an unclosed `(` runs to the end, so what came before it survives.":
    [
      "example.com;\r\n          dkim=pass (good (comment (another))) signature(s)) header.d=example.com",
      "example.com;\r\n          dkim=pass ((good (comment (another)) signature(s)) header.d=example.com",
    ],
  "Values reach us decoded, so non-ASCII is read anywhere, quoted or not (RFC 8616 without an opt-in).": [
    "éxamplé.org; none",
    "Bloß.de; none",
    "с-балалайкой.рф; none",
  ],
};
const deliberate = new Set(Object.values(DELIBERATE_DIFFERENCES).flat());

/** Our reading in dkim_verifier's terms, limited to what the vector asserts. Method versions are not kept. */
function asTheyAssert(h: AuthResultsHeader, expected: ArhVector["expected"]): ArhVector["expected"] {
  const out: ArhVector["expected"] = {};
  // dkim_verifier reports a missing authserv-id as "", we leave it out.
  if ("authserv_id" in expected) out.authserv_id = h.authservId ?? "";
  if ("authres_version" in expected) out.authres_version = h.version;
  if ("result_count" in expected) out.result_count = h.results.length;
  if (expected.results) {
    out.results = expected.results.map((want, i) => {
      const r: AuthResult | undefined = h.results[i];
      const got: NonNullable<ArhVector["expected"]["results"]>[number] = {};
      if ("method" in want) got.method = r?.method;
      if ("result" in want) got.result = r?.result;
      if ("reason" in want) got.reason = r?.reason;
      if (want.properties) {
        got.properties = Object.fromEntries(
          Object.keys(want.properties).map((k) => [k, r?.props[k] ?? "(absent)"]),
        );
      }
      return got;
    });
  }
  return out;
}

const withoutVersions = (e: ArhVector["expected"]): ArhVector["expected"] =>
  e.results ? { ...e, results: e.results.map(({ method_version: _, ...r }) => r) } : e;

/** Nothing invented: each result's `method=result` is written in the input (ignoring case, spaces and comments). */
function saysOnlyWhatIsWritten(input: string, h: AuthResultsHeader): void {
  const flat = input.toLowerCase().replace(/\s+/g, "");
  for (const r of h.results) expect([input, flat.includes(`${r.method}=${r.result}`)]).toEqual([input, true]);
}

const parsed = ARH.filter((v) => !v.expected.error);
const rejected = ARH.filter((v) => v.expected.error);
const twinOf = (v: ArhVector) => parsed.find((p) => p.input === v.input);

describe("Authentication-Results against dkim_verifier's arhParserSpec", () => {
  it(`matches all ${parsed.length} inputs it parses`, () => {
    for (const v of parsed) {
      expect([v.source, asTheyAssert(parseAuthenticationResults(v.input), v.expected)]).toEqual([
        v.source,
        withoutVersions(v.expected),
      ]);
    }
  });

  it(`reads the ${rejected.filter(twinOf).length} inputs it rejects in one mode as its other mode (relaxed or i18n) does`, () => {
    for (const v of rejected.filter(twinOf)) {
      const twin = twinOf(v) as ArhVector;
      expect([v.source, asTheyAssert(parseAuthenticationResults(v.input), twin.expected)]).toEqual([
        v.source,
        withoutVersions(twin.expected),
      ]);
    }
  });

  it(`reads the other ${rejected.filter((v) => !twinOf(v)).length} rejected inputs only as listed in DELIBERATE_DIFFERENCES`, () => {
    for (const v of rejected.filter((r) => !twinOf(r))) {
      expect([v.source, deliberate.has(v.input)]).toEqual([v.source, true]);
      const h = parseAuthenticationResults(v.input);
      saysOnlyWhatIsWritten(v.input, h);
      expect(h.authservId).toBe(v.input.split(";")[0]);
    }
    // Every listed case is still in the corpus, so the list cannot rot.
    if (ARH.length > 0) for (const input of deliberate) expect(rejected.map((r) => r.input)).toContain(input);
  });

  it("reads every Authentication-Results of dkim_verifier's test messages, one result per `method=result` part", () => {
    for (const { eml, authentication_results_top_to_bottom: values } of EML) {
      for (const value of values) {
        const h = parseAuthenticationResults(value);
        const parts = value.split(";");
        const resinfo = parts.slice(parts[0].includes("=") ? 0 : 1).filter((p) => p.includes("="));
        const written = resinfo.map((p) => p.trim().split(/\s+/)[0].toLowerCase());
        expect([eml, h.results.map((r) => `${r.method}=${r.result}`)]).toEqual([eml, written]);
        expect([eml, h.authservId]).toEqual([eml, parts[0].includes("=") ? undefined : parts[0].trim()]);
      }
    }
  });
});

describe("real-world Authentication-Results", () => {
  const props = (r: AuthResult | undefined) => ({ ...r?.props });

  it("reads Exchange Online's header, which has no authserv-id and bare action= and reason=", () => {
    const h = parseAuthenticationResults(
      "spf=pass (sender IP is 40.107.1.2) smtp.mailfrom=senate.gov; dkim=pass (signature was verified) " +
        "header.d=senate.gov;dmarc=pass action=none header.from=senate.gov;compauth=pass reason=100",
    );
    expect(h.authservId).toBeUndefined();
    expect(h.version).toBeUndefined();
    expect(h.results.map((r) => `${r.method}=${r.result}`)).toEqual([
      "spf=pass",
      "dkim=pass",
      "dmarc=pass",
      "compauth=pass",
    ]);
    expect(props(h.results[0])).toEqual({ "smtp.mailfrom": "senate.gov" });
    expect(props(h.results[1])).toEqual({ "header.d": "senate.gov" });
    expect(props(h.results[2])).toEqual({ action: "none", "header.from": "senate.gov" });
    expect(h.results[3].reason).toBe("100");
    expect(props(h.results[3])).toEqual({ reason: "100" });
  });

  it("reads Exchange Online's failures, soft failures and errors", () => {
    const fail = parseAuthenticationResults(
      "spf=fail (sender IP is 203.0.113.7) smtp.mailfrom=senate.gov; dkim=none (message not signed)\r\n" +
        " header.d=none;dmarc=fail action=oreject header.from=senate.gov;compauth=fail reason=000",
    );
    expect(fail.results.map((r) => r.result)).toEqual(["fail", "none", "fail", "fail"]);
    expect(fail.results[2].props.action).toBe("oreject");
    expect(fail.results[3].reason).toBe("000");
    const mixed = parseAuthenticationResults(
      "spf=softfail (sender IP is 198.51.100.4) smtp.mailfrom=lists.example; dkim=temperror (key query timeout)" +
        " header.d=lists.example;dmarc=permerror action=none header.from=lists.example;compauth=softpass reason=201",
    );
    expect(mixed.results.map((r) => r.result)).toEqual(["softfail", "temperror", "permerror", "softpass"]);
    const none = parseAuthenticationResults(
      "spf=none (sender IP is 192.0.2.9) smtp.mailfrom=new.example; dkim=none (message not signed) header.d=none;" +
        "dmarc=none action=none header.from=new.example;compauth=fail reason=001",
    );
    expect(none.results.map((r) => `${r.method}=${r.result}`)).toEqual([
      "spf=none",
      "dkim=none",
      "dmarc=none",
      "compauth=fail",
    ]);
  });

  it("reads Gmail's header with its comments", () => {
    const h = parseAuthenticationResults(
      "mx.google.com; dkim=pass header.i=@x.org header.s=s1 header.b=abc; spf=pass (google.com: domain of a@x.org " +
        "designates 1.2.3.4 as permitted sender) smtp.mailfrom=a@x.org; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=x.org",
    );
    expect(h.authservId).toBe("mx.google.com");
    expect(h.version).toBe(1);
    expect(props(h.results[0])).toEqual({ "header.i": "@x.org", "header.s": "s1", "header.b": "abc" });
    expect(props(h.results[1])).toEqual({ "smtp.mailfrom": "a@x.org" });
    expect(h.results[2]).toMatchObject({ method: "dmarc", result: "pass" });
    expect(props(h.results[2])).toEqual({ "header.from": "x.org" });
    const soft = parseAuthenticationResults(
      "mx.google.com;\r\n       spf=softfail (google.com: domain of transitioning a@x.org does not designate 203.0.113.9 as " +
        "permitted sender) smtp.mailfrom=a@x.org;\r\n       dmarc=fail (p=NONE sp=NONE dis=NONE) header.from=x.org",
    );
    expect(soft.results.map((r) => `${r.method}=${r.result}`)).toEqual(["spf=softfail", "dmarc=fail"]);
  });

  it("reads Yahoo's header: a comment glued to the result, a trailing semicolon, perm_fail", () => {
    const h = parseAuthenticationResults(
      "atlas-production.v2.mail-rules.bf1.yahoo.com;\r\n dkim=pass header.i=@gmail.com header.s=20230601;\r\n" +
        " spf=pass smtp.mailfrom=gmail.com;\r\n dmarc=pass(p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com;",
    );
    expect(h.results.map((r) => `${r.method}=${r.result}`)).toEqual(["dkim=pass", "spf=pass", "dmarc=pass"]);
    expect(h.results[2].props["header.from"]).toBe("gmail.com");
    const fail = parseAuthenticationResults(
      "atlas-production.v2.mail-rules.bf1.yahoo.com; dkim=perm_fail header.i=@x.org header.s=s1; spf=fail " +
        "smtp.mailfrom=x.org; dmarc=fail(p=REJECT) header.from=x.org;",
    );
    expect(fail.results.map((r) => r.result)).toEqual(["perm_fail", "fail", "fail"]);
  });

  it("reads Proton's header with a quoted signature that holds / and +", () => {
    const h = parseAuthenticationResults(
      "mail.protonmail.ch; dmarc=pass (p=quarantine dis=none) header.from=proton.me; spf=pass smtp.mailfrom=proton.me;" +
        ' arc=none smtp.remote-ip=185.70.43.22; dkim=pass (2048-bit key) header.d=proton.me header.i=@proton.me header.b="Xy1/ab+c"',
    );
    expect(h.authservId).toBe("mail.protonmail.ch");
    expect(h.results.map((r) => `${r.method}=${r.result}`)).toEqual([
      "dmarc=pass",
      "spf=pass",
      "arc=none",
      "dkim=pass",
    ]);
    expect(h.results[2].props["smtp.remote-ip"]).toBe("185.70.43.22");
    expect(h.results[3].props["header.b"]).toBe("Xy1/ab+c");
  });

  it("unfolds and unescapes values, keeps decoded text, and reads unquoted = and method versions", () => {
    const h = parseAuthenticationResults(
      'example.org;\r\n\tdkim/1=fail reason="signature\r\n\tdid not \\"verify\\" \\\\ here" header.d=x.org header.b=ab+c/d==;' +
        ' dmarc=fail reason="Absender ungültig" header.from="joe"@x.org',
    );
    expect(h.results[0]).toMatchObject({
      method: "dkim",
      result: "fail",
      reason: 'signature\tdid not "verify" \\ here',
    });
    expect(h.results[0].props["header.b"]).toBe("ab+c/d==");
    expect(h.results[1].reason).toBe("Absender ungültig");
    expect(h.results[1].props["header.from"]).toBe("joe@x.org");
  });

  it("keeps the first of repeated properties and treats hostile keys as data", () => {
    const h = parseAuthenticationResults(
      "example.org; dkim=pass header.d=a.example header.d=b.example __proto__=x constructor=y",
    );
    expect(h.results[0].props["header.d"]).toBe("a.example");
    expect(Object.getPrototypeOf(h.results[0].props)).toBeNull();
    expect(Object.entries(h.results[0].props)).toEqual([
      ["header.d", "a.example"],
      ["__proto__", "x"],
      ["constructor", "y"],
    ]);
  });

  it("returns no results for `none`, an empty value or text without methods", () => {
    expect(parseAuthenticationResults("mx.example.org; none")).toEqual({
      authservId: "mx.example.org",
      version: 1,
      results: [],
      raw: "mx.example.org; none",
    });
    expect(parseAuthenticationResults("")).toEqual({ results: [], raw: "" });
    expect(parseAuthenticationResults("; ; =pass; header.d=x.org; (spf=pass)").results).toEqual([]);
  });
});

describe("ARC-Authentication-Results", () => {
  it("reads the instance, authserv-id and results of Gmail's and Microsoft's", () => {
    const gmail = parseArcAuthenticationResults(
      "i=1; mx.google.com;\r\n       dkim=pass header.i=@x.org header.s=s1 header.b=abc;\r\n       arc=pass (i=1 spf=pass " +
        "spfdomain=x.org dkim=pass dkdomain=x.org dmarc=pass fromdomain=x.org);\r\n       spf=pass (google.com: domain of " +
        "a@x.org designates 1.2.3.4 as permitted sender) smtp.mailfrom=a@x.org",
    );
    expect(gmail).toMatchObject({ arcInstance: 1, authservId: "mx.google.com" });
    expect(gmail.results.map((r) => `${r.method}=${r.result}`)).toEqual([
      "dkim=pass",
      "arc=pass",
      "spf=pass",
    ]);
    const microsoft = parseArcAuthenticationResults(
      "i=2; mx.microsoft.com 1; spf=pass smtp.mailfrom=x.org; dmarc=pass action=none header.from=x.org; dkim=pass header.d=x.org; arc=none",
    );
    expect(microsoft).toMatchObject({ arcInstance: 2, authservId: "mx.microsoft.com", version: 1 });
    expect(microsoft.results).toHaveLength(4);
  });

  it("reads a value without i= like a plain Authentication-Results", () => {
    const h = parseArcAuthenticationResults("mx.example.org; spf=pass smtp.mailfrom=x.org");
    expect(h.arcInstance).toBeUndefined();
    expect(h.authservId).toBe("mx.example.org");
    expect(h.results).toHaveLength(1);
  });
});

describe("Received-SPF", () => {
  it("reads Exchange Online's, whose checked domain is only in the comment", () => {
    expect(
      parseReceivedSpf(
        "Pass (protection.outlook.com: domain of senate.gov designates 40.107.1.2 as permitted sender)\r\n" +
          " receiver=protection.outlook.com; client-ip=40.107.1.2; helo=NAM.outbound.protection.outlook.com; pr=C",
      ),
    ).toMatchObject({
      result: "pass",
      domain: "senate.gov",
      clientIp: "40.107.1.2",
      helo: "NAM.outbound.protection.outlook.com",
      receiver: "protection.outlook.com",
    });
    expect(
      parseReceivedSpf(
        "Fail (protection.outlook.com: domain of senate.gov does not designate 203.0.113.7 as permitted sender)" +
          " receiver=protection.outlook.com; client-ip=203.0.113.7; helo=mail.example;",
      ),
    ).toMatchObject({ result: "fail", domain: "senate.gov" });
    expect(
      parseReceivedSpf(
        "SoftFail (protection.outlook.com: domain of transitioning x.org discourages use of 1.2.3.4 as permitted sender)",
      ),
    ).toMatchObject({ result: "softfail", domain: "x.org" });
    expect(
      parseReceivedSpf(
        "None (protection.outlook.com: new.example does not designate permitted sender hosts)",
      ),
    ).toMatchObject({
      result: "none",
      domain: "new.example",
    });
    expect(
      parseReceivedSpf(
        "TempError (protection.outlook.com: error in processing during lookup of x.org: DNS Timeout) receiver=protection.outlook.com;",
      ).result,
    ).toBe("temperror");
  });

  it("reads Gmail's, RFC 7208's example and pyspf's identity=", () => {
    expect(
      parseReceivedSpf(
        "pass (google.com: domain of a@x.org designates 1.2.3.4 as permitted sender) client-ip=1.2.3.4;",
      ),
    ).toMatchObject({ result: "pass", domain: "x.org", clientIp: "1.2.3.4" });
    expect(
      parseReceivedSpf(
        "pass (mybox.example.org: domain of\r\n myname@example.com designates 192.0.2.1 as permitted sender)\r\n" +
          ' receiver=mybox.example.org; client-ip=192.0.2.1;\r\n envelope-from="myname@example.com"; helo=foo.example.com;',
      ),
    ).toMatchObject({
      result: "pass",
      domain: "example.com",
      receiver: "mybox.example.org",
      helo: "foo.example.com",
    });
    expect(
      parseReceivedSpf(
        "None (mailfrom) identity=helo; client-ip=1.2.3.4; helo=Mail.X.org; envelope-from=<>; receiver=<UNKNOWN>",
      ),
    ).toMatchObject({ result: "none", domain: "mail.x.org", receiver: "<UNKNOWN>" });
  });

  it("returns an empty result for text without one", () => {
    expect(parseReceivedSpf("")).toEqual({ result: "", raw: "" });
    expect(parseReceivedSpf("client-ip=1.2.3.4")).toEqual({
      result: "",
      clientIp: "1.2.3.4",
      raw: "client-ip=1.2.3.4",
    });
  });
});

const KEYWORD = /^[a-z0-9][a-z0-9_-]*$/;

/** One assertion for all results, so a 1 MB value with 35,000 results stays quick to check. */
function sane(h: AuthResultsHeader, value: string): void {
  const odd = h.results.filter(
    (r) => !KEYWORD.test(r.method) || typeof r.result !== "string" || Object.getPrototypeOf(r.props) !== null,
  );
  expect([h.raw === value, odd]).toEqual([true, []]);
  if (h.arcInstance !== undefined) expect(Number.isSafeInteger(h.arcInstance)).toBe(true);
}

describe("robustness", () => {
  const grammar = fc.string({
    unit: fc.constantFrom(
      ";",
      "=",
      "(",
      ")",
      '"',
      "\\",
      " ",
      "\r\n\t",
      ".",
      "/",
      "@",
      "i",
      "1",
      "dkim",
      "pass",
      "header.d",
      "x.org",
    ),
    maxLength: 60,
  });
  const anything = fc.oneof(fc.string({ unit: "binary" }), grammar);

  it("never throws on any string and returns sane values", () => {
    fc.assert(
      fc.property(anything, (s) => {
        sane(parseAuthenticationResults(s), s);
        sane(parseArcAuthenticationResults(s), s);
        expect(parseReceivedSpf(s).raw).toBe(s);
      }),
      { numRuns: 500 },
    );
  });

  const MB = 1 << 20;
  const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  const hostile: Record<string, [string, (h: AuthResultsHeader, value: string) => void]> = {
    semicolons: [fill(";"), (h) => expect(h.results).toEqual([])],
    "many results": [
      fill("dkim=pass header.d=a.example; "),
      (h, value) => expect(h.results.length).toBe(value.split("dkim=").length - 1),
    ],
    "deep nested comments": [
      `x; dkim=pass ${"(".repeat(MB / 2)}${")".repeat(MB / 2)} header.d=a.example`,
      (h) =>
        expect(h.results.map((r) => ({ ...r, props: { ...r.props } }))).toEqual([
          { method: "dkim", result: "pass", props: { "header.d": "a.example" } },
        ]),
    ],
    "unclosed comments": [`x; spf=pass ${fill("((a\\")}`, (h) => expect(h.results).toHaveLength(1)],
    "unbalanced quotes": [
      fill('a="b\\" ;c=(d'),
      (h, value) => expect(h.results.length).toBeLessThan(value.split("=").length),
    ],
    "key fragments": [
      `x; dkim=pass ${fill("a . ")}=b`,
      (h) => expect(Object.keys(h.results[0].props)[0]).toMatch(/^(a\.)+a?$/),
    ],
    mixed: [
      fill('spf=pass (a ((b)) c) smtp.mailfrom="x;y"; ;;; dkim=fail ((( reason="'),
      (h) => expect(h.results[0]).toMatchObject({ method: "spf", result: "pass" }),
    ],
  };

  it.each(Object.keys(hostile))("reads a hostile 1 MB value (%s) and returns something sane", (name) => {
    const [value, check] = hostile[name];
    const h = parseAuthenticationResults(value);
    sane(h, value);
    check(h, value);
    expect(parseArcAuthenticationResults(value).raw).toBe(value);
    expect(typeof parseReceivedSpf(value).result).toBe("string");
  });
});
