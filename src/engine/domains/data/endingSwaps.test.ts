import { checkDomain } from "../checkDomain";
import { buildDomainIndex } from "../domainIndex";
import { LOOKALIKE_ENDINGS, lookalikeEnding, ORGANISATION_CATEGORIES } from "./endingSwaps";

const index = buildDomainIndex({
  protected: [
    { domain: "senate.gov", name: "U.S. Senate", category: "government" },
    { domain: "brookings.edu", name: "Brookings", category: "think-tank" },
    { domain: "hudson.org", name: "Hudson Institute", category: "think-tank" },
    { domain: "actblue.com", name: "ActBlue", category: "campaign-platform" },
    { domain: "example-party.org", name: "Example Party", category: "configured" },
    { domain: "google.com", name: "Google", category: "identity-provider" },
    { domain: "securityconference.org", name: "MSC", category: "think-tank" },
    { domain: "house.gov", name: "House", category: "government" },
  ],
  spoofs: [],
  allow: [{ domain: "securityconference.de", owner: "MSC" }],
});
const swaps = (host: string) =>
  checkDomain(host, index)
    .matches.filter((m) => m.technique === "tld-swap")
    .flatMap((m) => m.imitates);

describe("ending swaps as data", () => {
  it("names the look-alike endings of each protected ending, one direction only", () => {
    expect(lookalikeEnding("co", "com")?.en).toBe("“.co” is “.com” with the “m” left out");
    expect(lookalikeEnding("org", "edu")).toBeDefined();
    expect(lookalikeEnding("edu", "org")).toBeUndefined();
    expect(lookalikeEnding("com", "co")).toBeUndefined();
    expect(lookalikeEnding("gov.ph", "gov")?.es).toBe(
      "“.gov.ph” es la terminación real “.gov” con el código de país “.ph” añadido",
    );
    expect(lookalikeEnding("com.co", "com")).toBeDefined();
    expect(lookalikeEnding("com.com", "com")).toBeUndefined();
    for (const list of Object.values(LOOKALIKE_ENDINGS))
      for (const l of list) expect(Object.values(l.reason).every((r) => r.length > 0)).toBe(true);
  });

  it("flags an organisation's name on a look-alike of its ending", () => {
    expect(swaps("brookings.org")).toEqual(["brookings.edu"]);
    expect(swaps("brookings.com")).toEqual(["brookings.edu"]);
    expect(swaps("actblue.co")).toEqual(["actblue.com"]);
    expect(swaps("actblue.com.co")).toEqual(["actblue.com"]);
    expect(swaps("hudson.org.uk")).toEqual(["hudson.org"]);
    expect(swaps("example-party.org.mx")).toEqual(["example-party.org"]);
    expect(swaps("senate.gov.ph")).toEqual(["senate.gov"]);
    expect(swaps("senate.com")).toEqual(["senate.gov"]);
  });

  it("leaves other crowded endings, global brands, allowed siblings, common and short names alone", () => {
    for (const host of [
      "hudson.com", // .com is not a look-alike of .org: Hudson is a common name
      "actblue.net",
      "google.co",
      "google.com.br",
      "securityconference.de",
      "house.gov.uk", // a common word
      "brookings.edu.au".replace("brookings", "x"),
    ]) {
      expect({ host, swaps: swaps(host) }).toEqual({ host, swaps: [] });
    }
  });

  it("still flags every protected name on new and hosting endings", () => {
    expect(swaps("hudson.group")).toEqual(["hudson.org"]);
    expect(swaps("google.services")).toEqual(["google.com"]);
  });

  it("lists the categories that are single organisations", () => {
    expect(ORGANISATION_CATEGORIES.has("think-tank")).toBe(true);
    expect(ORGANISATION_CATEGORIES.has("identity-provider")).toBe(false);
  });
});
