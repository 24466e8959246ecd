import fc from "fast-check";
import { checkDomain } from "../src/engine";
import { buildDomainIndex } from "../src/engine/domains/domainIndex";
import { normalizeHost } from "../src/engine/domains/normalize";
import { bundledFeed } from "../src/feed/bundledFeed";
import { feedLists } from "../src/feed/feedSchema";
import { matchKeys, naiveMatcher } from "./support/naiveLookalike";

const lists = feedLists(bundledFeed());
const index = buildDomainIndex(lists);
const naive = naiveMatcher(lists);
const protectedDomains = lists.protected.map((p) => p.domain);

/** Hosts near the protected set, so the properties exercise matches and not only misses. */
const mutation = fc.oneof(
  fc.constant(""),
  fc.constantFrom("-login", "my-", "-secure", ".com", "-org", "s", "0", "rn", "е", "é", "-", "vv"),
  fc.string({ maxLength: 4 }),
);
const nearHost = fc
  .tuple(
    fc.constantFrom(...protectedDomains),
    mutation,
    mutation,
    fc.nat(30),
    fc.constantFrom("com", "org", "net", "info", "group", "gov", "co.uk", "web.app"),
  )
  .map(([domain, before, after, cut, tld]) => {
    const label = domain.split(".")[0];
    const at = cut % (label.length + 1);
    return `${before}${label.slice(0, at)}${after}${label.slice(at)}.${tld}`;
  });
const unicodeHost = fc
  .array(fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 4 })
  .map((labels) => labels.join("."));
const anyHost = fc.oneof(nearHost, unicodeHost, fc.domain(), fc.webUrl());

function engineKeys(input: string): string[] {
  return matchKeys(checkDomain(input, index).matches);
}

describe("look-alike engine properties", () => {
  it("never throws on arbitrary Unicode hosts and URLs", () => {
    fc.assert(
      fc.property(anyHost, (h) => void checkDomain(h, index)),
      { numRuns: 400 },
    );
  });

  it("normalisation is idempotent", () => {
    fc.assert(
      fc.property(anyHost, (h) => {
        const once = normalizeHost(h);
        if (once) expect(normalizeHost(once.host)).toEqual(once);
      }),
      { numRuns: 400 },
    );
  });

  it("a protected domain never matches itself or its own subdomains", () => {
    const sub = fc.array(fc.stringMatching(/^[a-z0-9]{1,10}$/), { maxLength: 3 });
    fc.assert(
      fc.property(fc.constantFrom(...protectedDomains), sub, (domain, labels) => {
        expect(checkDomain([...labels, domain].join("."), index).matches).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("any domain made the organisation's own never matches itself", () => {
    fc.assert(
      fc.property(nearHost, (host) => {
        const own = normalizeHost(host);
        if (!own) return;
        const orgIndex = buildDomainIndex({ ...lists, spoofs: [] }, [own.registrable]);
        expect(checkDomain(host, orgIndex).matches).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("the index finds exactly what a naive scan of every entry finds", () => {
    fc.assert(
      fc.property(fc.oneof(nearHost, nearHost, fc.domain()), (h) => {
        expect(engineKeys(h)).toEqual(naive.check(h));
      }),
      { numRuns: 500 },
    );
  });
});
