import fc from "fast-check";
import { hashOf } from "./deletionHash";
import { domainSubject } from "./subject";

const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/);
const host = fc
  .tuple(fc.array(label, { minLength: 1, maxLength: 4 }), fc.constantFrom("com", "co.uk", "gov", "services"))
  .map(([labels, suffix]) => [...labels, suffix].join("."));

describe("domainSubject", () => {
  it("takes a look-alike apart into labels and hyphen tokens", () => {
    const s = domainSubject("https://my.senate.gov.account-verify.info/login")!;
    expect(s.labels).toEqual(["my", "senate", "gov", "account-verify", "info"]);
    expect(s.registrableLabelIndex).toBe(3);
    expect(s.label).toBe("account-verify");
    expect(s.tokens.map((t) => [t.text, t.label, t.labelTokens])).toEqual([
      ["my", 0, 1],
      ["senate", 1, 1],
      ["gov", 2, 1],
      ["account", 3, 2],
      ["verify", 3, 2],
    ]);
  });

  it("decodes punycode for skeletons and tokens, and keeps the ASCII labels", () => {
    const s = domainSubject("xn--snate-zwe.gov-login.com")!;
    expect(s.labels[0]).toBe("xn--snate-zwe");
    expect(s.unicodeLabels[0]).toBe("sеnate");
    expect(s.labelSkeletonAt[0]).toBe("senate");
    expect(s.tokens[0].skeleton).toBe("senate");
  });

  it("keeps counts and hashes consistent for any host", () => {
    fc.assert(
      fc.property(host, (h) => {
        const s = domainSubject(h);
        if (!s) return;
        for (const t of s.tokens) {
          expect(t.labelTokens).toBe(s.tokens.filter((o) => o.label === t.label).length);
          expect(t.hash).toBe(hashOf(t.text));
          expect(t.skeletonHash).toBe(hashOf(t.skeleton));
        }
        expect(s.labelSkeletonAt).toHaveLength(s.registrableLabelIndex + 1);
        s.labelSkeletonAt.forEach((k, i) => expect(s.labelSkeletonHashAt[i]).toBe(hashOf(k)));
        expect(s.labelHash).toBe(hashOf(s.label));
      }),
      { numRuns: 500 },
    );
  });

  it("is undefined for what cannot imitate a domain", () => {
    expect(domainSubject("192.168.0.1")).toBeUndefined();
    expect(domainSubject("co.uk")).toBeUndefined();
    expect(domainSubject("printer.local")).toBeUndefined();
  });
});
