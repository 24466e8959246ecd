import { readFileSync } from "node:fs";
import { checkDomain, spoofEntries } from "../src/engine";
import { buildDomainIndex } from "../src/engine/domains/domainIndex";
import { bundledFeed } from "../src/feed/bundledFeed";
import { feedLists } from "../src/feed/feedSchema";
import { sharedData } from "./support/sharedData";

interface SeedEntry {
  domain: string;
  impersonates: string[];
  confidence: string;
}

describe("documented spoofs in ../shared/data/seed-domains.json", () => {
  it("catches every one whose target is protected, with the spoof list emptied", () => {
    const path = sharedData("seed-domains.json");
    if (!path) return;
    const lists = feedLists(bundledFeed());
    const index = buildDomainIndex({ ...lists, spoofs: [] });
    const entries = (JSON.parse(readFileSync(path, "utf8")) as { entries: SeedEntry[] }).entries;
    const targeted = entries.filter((e) => e.impersonates.some((d) => index.protectedEntry(d)));
    const missed = targeted
      .filter((e) => checkDomain(e.domain, index).matches.length === 0)
      .map((e) => e.domain);
    // The bundled feed records a target for more of them than the seed file does: report those too.
    const bundledTargets = spoofEntries(lists.spoofs).filter((s) =>
      s.imitates.some((d) => index.protectedEntry(d)),
    );
    const bundledMissed = bundledTargets
      .filter((s) => checkDomain(s.domain, index).matches.length === 0)
      .map((s) => s.domain);
    process.stdout.write(
      `seed spoofs with a protected target: ${targeted.length - missed.length}/${targeted.length} caught by the fuzzy engine; ` +
        `bundled spoofs with a protected target: ${bundledTargets.length - bundledMissed.length}/${bundledTargets.length} ` +
        `(missed: ${bundledMissed.join(", ") || "none"})\n`,
    );
    expect(targeted.length).toBeGreaterThanOrEqual(8);
    expect(missed).toEqual([]);
  });
});
