import fc from "fast-check";
import { REWRITERS } from "./rewriters";
import { MAX_LAYERS, unwrapUrl, type Unwrapped } from "./unwrap";

const enc = encodeURIComponent;
/** Proofpoint encodes the href as written in the HTML source. */
const html = (t: string) => t.split("&").join("&amp;");
const pct = (c: string) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`;
const RUN_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** Proofpoint v3's form: "%", "#", "*" and ";" become tokens, a run of n (up to 65) as "**X". */
function v3(t: string): string {
  const s = html(t);
  const tokens = "%#*;";
  let path = "";
  let payload = "";
  for (let i = 0; i < s.length;) {
    let n = 0;
    while (i + n < s.length && n < 65 && tokens.includes(s[i + n])) n++;
    if (n === 0) {
      path += s[i++];
      continue;
    }
    payload += s.slice(i, i + n);
    path += n === 1 ? "*" : `**${RUN_DIGITS[n - 2]}`;
    i += n;
  }
  return `https://urldefense.com/v3/__${path}__;${Buffer.from(payload).toString("base64url")}!!ACWV5N9M2RV99hQ!Kk3mP0xY$`;
}

/** Each reversible rewriter's format, written as the service writes it. */
const WRAP: Record<string, (t: string) => string> = {
  safelinks: (t) =>
    `https://nam12.safelinks.protection.outlook.com/?url=${enc(t)}&data=05%7C02%7Cdana%40campaign.example%7C5b1c%7C72f9%7C1%7C0%7C638571234567890123%7CUnknown%7CTWFpbGZsb3d8%7C0%7C%7C%7C&sdata=Zk9x%3D&reserved=0`,
  "proofpoint-v1": (t) =>
    `https://urldefense.proofpoint.com/v1/url?u=${enc(html(t))}&k=7DHVZ%2FyC%0A&r=Mi2Z&m=h3kY&s=0a1b`,
  "proofpoint-v2": (t) =>
    `https://urldefense.proofpoint.com/v2/url?u=${enc(html(t)).replace(/[-_]/g, pct).replace(/%2F/g, "_").replace(/%/g, "-")}&d=DwMFaQ&c=euGZ&r=4mbL&m=Vd3k&s=Q8Jm&e=`,
  "proofpoint-v3": v3,
  barracuda: (t) =>
    `https://linkprotect.cudasvc.com/url?a=${enc(t).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase())}&c=E,1,6oCqZuEw-TQax&typo=1`,
  cisco: (t) => `https://secure-web.cisco.com/1VqOjcxMgKL3XZhQ7r2pWm_Bgus3uAHj6kgi6Z1D-KKw5/${enc(t)}`,
  clicktime: (t) => `https://clicktime.symantec.com/39e8TeBHakB1PfMJjJ1h1zf7Vc?u=${enc(t)}`,
  // Raw standard base64: a "+" reads back as a space and must survive that.
  sophos: (t) =>
    `https://us-west-2.protection.sophos.com/?d=x.example&u=${Buffer.from(t).toString("base64")}&i=NjQ0M2U3&t=eWI5V3h5&h=9ba4&s=AVNPUEhU`,
  trendmicro: (t) =>
    `https://ddec1-0-en-ctp.trendmicro.com:443/wis/clicktime/v1/query?url=${enc(t)}&umid=2f305b77-83e7&auth=53c7c7de-2a9f`,
  fireeye: (t) =>
    `https://protect2.fireeye.com/v1/url?k=5bd95ebd-044267fb-0cc47a3003e8&q=1&e=900556dc&u=${enc(t)}`,
  "aws-ses": (t) =>
    `https://k3p9x2ab.r.us-east-1.awstrack.me/L0/${enc(t)}/1/0100019a1b2c-000000/Qm9Gx1c2a3b4=412`,
  google: (t) => `https://www.google.com/url?q=${enc(t)}&sa=D&sntz=1&usg=AOvVaw2beN1EEzArrNyNGpG6eDsy`,
  esvalabs: (t) => `https://urlsand.esvalabs.com/?u=${enc(t)}&e=ed7a584b&h=456504aa&f=y&p=y`,
  "azure-email": (t) => `https://nam.safelink.emails.azure.net/redirect/?destination=${enc(t)}&p=bT1hYzdh`,
  "gmx-deref": (t) => `https://deref-gmx.net/mail/client/ulc_0Gq1TD4/dereferrer/?redirectUrl=${enc(t)}`,
  // The targets here are https, which /amp/s/ stands for.
  "google-amp": (t) => `https://www.google.com/amp/s/${t.slice("https://".length)}`,
  bing: (t) =>
    `https://www.bing.com/ck/a?!&&p=0ff9885a4d5c67aeJmltdHM9MTY5NDEz&ptn=3&ver=2&hsh=4&u=a1${Buffer.from(t).toString("base64url")}&ntb=1`,
  doubleclick: (t) => `https://adclick.g.doubleclick.net/aclk?sa=L&ai=CzX1gR2k&sig=AOD64_3kQ&adurl=${enc(t)}`,
  "google-translate": (t) => `https://translate.google.com/translate?sl=auto&tl=en&hl=en&u=${enc(t)}`,
  // ActiveCampaign's form: base64 of the escaped URL. The host differs with the target's length, so
  // a tracker around a tracker is on another site, as it is in mail.
  "encoded-redirect": (t) =>
    `https://lt.m${t.length}.test/Prod/link-tracker?redirectUrl=${Buffer.from(enc(t)).toString("base64")}&sig=2sEmqk1k&iat=1704343351`,
};
const mimecast = (host: string) =>
  `https://protect-us.mimecast.com/s/8oK3Cq717ycnrQ7giqCMcEkGoG?domain=${host}`;

const nameOf = (id: string) => REWRITERS.find((r) => r.id === id)?.name;
const ids = (u: Unwrapped) => u.layers.map((l) => l.rewriter);

/** Random https URLs already in URL's own form, so a parse on the way back changes nothing. */
const httpsUrl = fc
  .webUrl({ validSchemes: ["https"], withQueryParameters: true, withFragments: true })
  .filter((u) => URL.canParse(u) && new URL(u).href === u);

const TARGET =
  "https://adfs-senate.services/adfs/ls/?wa=wsignin1.0&wtrealm=urn%3Afederation%3Asenate&a=b_c-d*e#top";

describe("unwrapUrl", () => {
  it.each([
    "https://www.senate.gov/",
    "https://www.google.com/search?q=x",
    "https://outlook.office.com/mail/inbox",
    "mailto:dana@campaign.example",
    "javascript:alert(1)",
    "tel:+12025550100",
    "www.senate.gov/login",
    "/relative/path",
    "not a url",
    "",
  ])("leaves %j as it is, with no layers", (href) => {
    expect(unwrapUrl(href)).toEqual({ original: href, final: href, layers: [] });
  });

  it("covers every rewriter but Mimecast, whose links are opaque, with a wrapper here", () => {
    expect(Object.keys(WRAP).sort()).toEqual(
      REWRITERS.map((r) => r.id)
        .filter((id) => id !== "mimecast")
        .sort(),
    );
  });

  describe.each(Object.entries(WRAP))("%s", (id, wrap) => {
    it("unwraps a fixed target and records the layer", () => {
      const href = wrap(TARGET);
      expect(unwrapUrl(href)).toEqual({
        original: href,
        final: TARGET,
        layers: [{ rewriter: id, name: nameOf(id), wrapped: href }],
      });
    });

    it("round-trips random https URLs", () => {
      fc.assert(
        fc.property(httpsUrl, (t) => {
          const u = unwrapUrl(wrap(t));
          expect(u.final).toBe(t);
          expect(ids(u)).toEqual([id]);
        }),
        { numRuns: 300 },
      );
    });
  });

  describe("nested layers", () => {
    it("reads Safe Links around Proofpoint v3 around the real URL", () => {
      const inner = WRAP["proofpoint-v3"](TARGET);
      const href = WRAP.safelinks(inner);
      expect(unwrapUrl(href)).toEqual({
        original: href,
        final: TARGET,
        layers: [
          { rewriter: "safelinks", name: "Microsoft Defender Safe Links", wrapped: href },
          { rewriter: "proofpoint-v3", name: "Proofpoint URL Defense", wrapped: inner },
        ],
      });
    });

    it("reads Barracuda around Safe Links", () => {
      const u = unwrapUrl(WRAP.barracuda(WRAP.safelinks("https://senate.group/login")));
      expect(ids(u)).toEqual(["barracuda", "safelinks"]);
      expect(u.final).toBe("https://senate.group/login");
    });

    it("reads Safe Links around Proofpoint v3 around Safe Links, as forwarded mail does", () => {
      const u = unwrapUrl(WRAP.safelinks(WRAP["proofpoint-v3"](WRAP.safelinks("https://my-iri.org/"))));
      expect(ids(u)).toEqual(["safelinks", "proofpoint-v3", "safelinks"]);
      expect(u.final).toBe("https://my-iri.org/");
    });

    it("reads Sophos around Barracuda", () => {
      const u = unwrapUrl(WRAP.sophos(WRAP.barracuda("https://x.example/")));
      expect(ids(u)).toEqual(["sophos", "barracuda"]);
      expect(u.final).toBe("https://x.example/");
    });

    it("reads Safe Links around a Bing redirect around Google AMP", () => {
      const u = unwrapUrl(WRAP.safelinks(WRAP.bing(WRAP["google-amp"]("https://senate.group/login"))));
      expect(ids(u)).toEqual(["safelinks", "bing", "google-amp"]);
      expect(u.final).toBe("https://senate.group/login");
    });

    it("reads a click tracker's encoded destination around a DoubleClick ad click", () => {
      const u = unwrapUrl(WRAP["encoded-redirect"](WRAP.doubleclick("https://my-iri.org/")));
      expect(ids(u)).toEqual(["encoded-redirect", "doubleclick"]);
      expect(u.final).toBe("https://my-iri.org/");
    });

    it("stops at an opaque inner layer, keeping the last URL it could read", () => {
      const inner = mimecast("senate.group");
      const href = WRAP.safelinks(inner);
      expect(unwrapUrl(href)).toEqual({
        original: href,
        final: inner,
        layers: [
          { rewriter: "safelinks", name: "Microsoft Defender Safe Links", wrapped: href },
          { rewriter: "mimecast", name: "Mimecast URL Protect", wrapped: inner },
        ],
        opaque: { rewriter: "mimecast", name: "Mimecast URL Protect", hint: "senate.group" },
      });
    });

    it("gives an opaque layer without a hint no hint", () => {
      const href = "https://clicktime.symantec.com/39e8TeBHakB1PfMJjJ1h1zf7V";
      expect(unwrapUrl(href).opaque).toEqual({
        rewriter: "clicktime",
        name: "Symantec Email Security ClickTime",
      });
    });
  });

  describe("targets without a scheme", () => {
    it.each([
      ["www.senate.group/login", "http://www.senate.group/login"],
      ["0x3E.0004.0x10.0256/login", "http://0x3E.0004.0x10.0256/login"],
      ["//evil.example/x", "http://evil.example/x"],
      ["www.x.example:8080/a", "http://www.x.example:8080/a"],
      ["[::1]/admin", "http://[::1]/admin"],
      ["  https://x.example/  ", "https://x.example/"],
    ])("reads %j as %j", (target, final) => {
      const u = unwrapUrl(WRAP.clicktime(target));
      expect(u).toMatchObject({ final, layers: [{ rewriter: "clicktime" }] });
      expect(u.opaque).toBeUndefined();
    });

    it.each(["not a link", "../x", "/relative", "e", "a..b/c", ".x.example/"])(
      "stops at the layer whose target %j is no URL, as opaque",
      (target) => {
        const href = WRAP.clicktime(target);
        expect(unwrapUrl(href)).toEqual({
          original: href,
          final: href,
          layers: [{ rewriter: "clicktime", name: "Symantec Email Security ClickTime", wrapped: href }],
          opaque: { rewriter: "clicktime", name: "Symantec Email Security ClickTime" },
        });
      },
    );

    it("keeps a script target as the destination, for the rules to judge", () => {
      const u = unwrapUrl(WRAP.safelinks("javascript:alert(document.domain)"));
      expect(u.final).toBe("javascript:alert(document.domain)");
      expect(u.opaque).toBeUndefined();
    });
  });

  describe("depth", () => {
    const wrapTimes = (n: number, t: string) =>
      Array.from({ length: n }).reduce<string>((s) => WRAP.google(s), t);

    it(`unwraps ${MAX_LAYERS} layers fully`, () => {
      const u = unwrapUrl(wrapTimes(MAX_LAYERS, TARGET));
      expect(u.layers).toHaveLength(MAX_LAYERS);
      expect(u.final).toBe(TARGET);
      expect(u.tooDeep).toBeUndefined();
    });

    it(`stops after ${MAX_LAYERS} when there are 6, and says so`, () => {
      const href = wrapTimes(6, TARGET);
      const u = unwrapUrl(href);
      expect(u.tooDeep).toBe(true);
      expect(u.layers).toHaveLength(MAX_LAYERS);
      expect(u.layers[0].wrapped).toBe(href);
      expect(u.final).toBe(WRAP.google(TARGET));
    });

    it("unwraps random stacks of wrappers, at most MAX_LAYERS deep", () => {
      // Google AMP carries its target's query as its own, which URL re-escapes ("'" → "%27"), so the
      // text of a wrapper it holds does not come back verbatim: it only wraps the innermost target.
      const middle = Object.keys(WRAP).filter((id) => id !== "google-amp");
      const stack = fc
        .tuple(fc.array(fc.constantFrom(...middle), { maxLength: 7 }), fc.boolean())
        .map(([ids, amp]) => (amp ? [...ids, "google-amp"] : ids));
      fc.assert(
        fc.property(stack, httpsUrl, (wrappers, t) => {
          const hrefs = [t];
          for (const id of wrappers.slice().reverse()) hrefs.unshift(WRAP[id](hrefs[0]));
          const u = unwrapUrl(hrefs[0]);
          const depth = Math.min(wrappers.length, MAX_LAYERS);
          expect(ids(u)).toEqual(wrappers.slice(0, depth));
          expect(u.layers.map((l) => l.wrapped)).toEqual(hrefs.slice(0, depth));
          expect(u.final).toBe(hrefs[depth]);
          expect(u.tooDeep).toBe(wrappers.length > MAX_LAYERS ? true : undefined);
        }),
        { numRuns: 300 },
      );
    });
  });

  describe("malformed input", () => {
    it.each<[string, Partial<Unwrapped>]>([
      [
        "https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fx.example%2F%E0%A4%ZZ&reserved=0",
        { final: "https://x.example/\ufffd%ZZ" },
      ],
      [
        "https://nam12.safelinks.protection.outlook.com/?data=05%7C02&reserved=0",
        { opaque: { rewriter: "safelinks", name: "Microsoft Defender Safe Links" } },
      ],
      [
        "https://us-west-2.protection.sophos.com/?d=senate.group&u=%%%",
        { final: "https://us-west-2.protection.sophos.com/?d=senate.group&u=%%%" },
      ],
      [
        "https://urldefense.com/v3/__https://x.example/**Z__;Iw!!a$",
        { opaque: { rewriter: "proofpoint-v3", name: "Proofpoint URL Defense" } },
      ],
      [
        "https://urldefense.proofpoint.com/v2/url?u=-&d=x",
        { final: "https://urldefense.proofpoint.com/v2/url?u=-&d=x" },
      ],
      ["https://secure-web.cisco.com/1Vq/%", { final: "https://secure-web.cisco.com/1Vq/%" }],
      ["https://www.google.com/url?q=%", { final: "https://www.google.com/url?q=%" }],
      [
        "https://[::1/url?q=https://x.example/",
        { final: "https://[::1/url?q=https://x.example/", layers: [] },
      ],
    ])("%s never throws and stays sane", (href, expected) => {
      const u = unwrapUrl(href);
      expect(u).toMatchObject({ original: href, ...expected });
      expect(u.layers.length).toBeLessThanOrEqual(MAX_LAYERS);
    });

    it("does linear work on long links", () => {
      // "**" starts a run, so single tokens need something between them.
      const v3Href = `https://urldefense.com/v3/__https://x.example/${"*a".repeat(150_000)}__;${"JSUl".repeat(50_000)}!!a$`;
      expect(unwrapUrl(v3Href).final).toBe(`https://x.example/${"%a".repeat(150_000)}`);
      const ampersands = `https://x.example/?${"&".repeat(100_000)}`;
      expect(unwrapUrl(WRAP["proofpoint-v1"](ampersands)).final).toBe(ampersands);
    });

    const PREFIXES = [
      ...Object.values(WRAP).map((wrap) => wrap("")),
      "https://urldefense.com/v3/__",
      "https://nam12.safelinks.protection.outlook.com/?url=",
      "https://us-west-2.protection.sophos.com/?u=",
      "https://secure-web.cisco.com/1Vq/",
      "https://k3p9x2ab.r.us-east-1.awstrack.me/L0/",
      "https://url.uk.m.mimecastprotect.com/s/x?domain=",
      "https://www.google.com/amp/s/",
      "https://www.google.com/amp/",
      "https://www.bing.com/ck/a?!&&p=1&u=a1",
      "https://www.bing.com/ck/a?!&&p=1&u=a1aHR0c",
      "https://ad.doubleclick.net/clk;1;2?",
      "https://ad.doubleclick.net/ddm/clk/1;2;adurl=",
      "https://r.example/?redirectUrl=aHR0cHM6Ly",
      "https://x.translate.goog/",
    ];

    it("never throws on arbitrary strings, alone or after a rewriter's prefix", () => {
      const tail = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: "binary", maxLength: 200 }));
      fc.assert(
        fc.property(tail, (s) => {
          expect(unwrapUrl(s).layers.length).toBeLessThanOrEqual(MAX_LAYERS);
        }),
      );
      fc.assert(
        fc.property(fc.constantFrom(...PREFIXES), tail, (prefix, s) => {
          const u = unwrapUrl(prefix + s);
          expect(typeof u.final).toBe("string");
          expect(u.layers.length).toBeLessThanOrEqual(MAX_LAYERS);
        }),
        { numRuns: 400 },
      );
    });

    it("never throws on arbitrary web URLs, and leaves them unwrapped", () => {
      fc.assert(
        fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (href) => {
          expect(unwrapUrl(href)).toEqual({ original: href, final: href, layers: [] });
        }),
      );
    });
  });
});
