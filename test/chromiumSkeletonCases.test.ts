import { readFileSync } from "node:fs";
import { checkDomain } from "../src/engine";
import { buildDomainIndex } from "../src/engine/domains/domainIndex";
import { sharedData } from "./support/sharedData";

/**
 * Deliberate differences. Hosts under an ending that is not on the public suffix list cannot be
 * reached on the internet, so the engine does not compare them at all; Chromium still does.
 */
const DELIBERATE_DIFFERENCES: Record<string, string> = {
  "xn--xample-9ua.test.xn--nt-bja": "“.nét” is not a real ending: the host cannot be registered or reached",
};

interface IdnCase {
  host: string;
  unicode: string | null;
  expect: "unicode" | "punycode";
  top_domain_dependent: boolean;
  comment: string;
}

/**
 * Chromium's IDN cases that depend on its test top-domain list: Chromium keeps the host in punycode
 * when its skeleton matches a top domain. Here the same list is the protected set, and "kept as
 * punycode" must mean the engine flags the host as a homograph or an IDN spoof.
 */
describe("Chromium's skeleton-dependent IDN vectors (../shared/data/chromium)", () => {
  it("flags exactly the hosts Chromium keeps in punycode", () => {
    const casesPath = sharedData("chromium/idn-cases.json");
    const extraPath = sharedData("chromium/idn-extra.json");
    if (!casesPath || !extraPath) return;
    const extra = JSON.parse(readFileSync(extraPath, "utf8")).assumed_top_domains_for_idn_tests;
    const top: string[] = [...extra.top_bucket, ...extra.other];
    const index = buildDomainIndex({
      protected: top.map((domain) => ({ domain, name: domain, category: "test" })),
      spoofs: [],
      allow: [],
    });
    const cases = (JSON.parse(readFileSync(casesPath, "utf8")) as IdnCase[]).filter(
      (c) => c.top_domain_dependent && !(c.host in DELIBERATE_DIFFERENCES),
    );
    const wrong = cases.filter((c) => {
      const flagged = checkDomain(c.host, index).matches.some(
        (m) => m.technique === "homograph" || m.technique === "idn-spoof",
      );
      return flagged !== (c.expect === "punycode");
    });
    process.stdout.write(
      `Chromium skeleton-dependent IDN cases: ${cases.length - wrong.length}/${cases.length} agree` +
        (wrong.length
          ? `; differ: ${wrong.map((c) => `${c.host} (${c.unicode}, Chromium: ${c.expect})`).join(", ")}`
          : "") +
        "\n",
    );
    expect(cases.length).toBeGreaterThanOrEqual(69);
    expect(wrong.map((c) => c.host)).toEqual([]);
  });
});
