import { bundledFeed } from "../../feed/bundledFeed";
import { feedLists } from "../../feed/feedSchema";
import { checkDomain } from "./checkDomain";
import { buildDomainIndex } from "./domainIndex";
import type { DomainLists } from "./lists";

const lists: DomainLists = feedLists(bundledFeed());
/** The fuzzy engine on its own: nothing may be caught because it is on the spoof list. */
const fuzzyOnly = buildDomainIndex({ ...lists, spoofs: [] });
const withSpoofs = buildDomainIndex(lists);

function techniques(domain: string, index = fuzzyOnly): string[] {
  return checkDomain(domain, index).matches.map((m) => `${m.technique}:${m.imitates.join(",")}`);
}

describe("the six domains seized in 2018, with the spoof list emptied", () => {
  it.each([
    ["senate.group", "tld-swap:senate.gov"],
    ["adfs-senate.services", "brand-token:senate.gov"],
    ["adfs-senate.email", "brand-token:senate.gov"],
    ["my-iri.org", "brand-token:iri.org"],
    ["hudsonorg-my-sharepoint.com", "target-embedding:hudson.org"],
    ["office365-onedrive.com", "brand-token:office365.com"],
  ])("%s → %s", (domain, expected) => {
    expect(techniques(domain)).toContain(expected);
    expect(checkDomain(domain, fuzzyOnly).verdict).not.toBe("ok");
  });

  it("lists every technique for a listed domain, the documented case first", () => {
    const check = checkDomain("hudsonorg-my-sharepoint.com", withSpoofs);
    expect(check.matches[0].technique).toBe("known-spoof");
    expect(check.matches.map((m) => m.technique)).toEqual(
      expect.arrayContaining(["known-spoof", "target-embedding", "brand-token"]),
    );
    expect(check.verdict).toBe("dangerous");
  });
});

describe("techniques", () => {
  it.each([
    ["senate.gov-login.com", "target-embedding:senate.gov"],
    ["senate.gov.account-verify.info", "target-embedding:senate.gov"],
    ["hudson-org-files.com", "target-embedding:hudson.org"],
    ["sеnate.gov-login.com", "target-embedding:senate.gov"],
    ["senate.g0v-login.com", "target-embedding:senate.gov"],
    ["login.microsoft.com.evil.co", "target-embedding:microsoft.com"],
    ["xn--snate-bsa.gov", "homograph:senate.gov"],
    ["sеnate.gov", "homograph:senate.gov"],
    ["rnicrosoft.com", "homograph:microsoft.com"],
    ["micros0ft.com", "homograph:microsoft.com"],
    ["hudsom.org", "typo:hudson.org"],
    ["hudosn.org", "typo:hudson.org"],
    ["adfs.senate.qov.info", "brand-token:senate.gov"],
  ])("%s → %s", (domain, expected) => {
    expect(techniques(domain)).toContain(expected);
  });

  it("does not read a protected name followed by another ending as the protected domain", () => {
    expect(techniques("senate.group-login.com")).not.toContain("target-embedding:senate.gov");
    expect(techniques("senate.go-login.com")).not.toContain("target-embedding:senate.gov");
    expect(techniques("senate.gov-login.com")).toContain("target-embedding:senate.gov");
  });

  it("explains what differs, with code points and scripts for foreign letters", () => {
    const [m] = checkDomain("sеnate.gov", fuzzyOnly).matches.filter((x) => x.technique === "homograph");
    expect(m.explanation).toContain("U+0435");
    expect(m.explanation).toContain("Cyrillic");
    expect(m.explanation).toContain("senate.gov");
    const rn = checkDomain("rnicrosoft.com", fuzzyOnly).matches.find((x) => x.technique === "homograph");
    expect(rn?.explanation).toContain("“rn” in place of “m”");
    const decoded = checkDomain("xn--snate-bsa.gov", fuzzyOnly);
    expect(decoded.unicode).toBe("sénate.gov");
    expect(decoded.matches.find((x) => x.technique === "homograph")?.explanation).toContain("sénate.gov");
  });
});

it("writes explanations on demand, and JSON still carries them", () => {
  const check = checkDomain("senate.group", fuzzyOnly);
  const json = JSON.parse(JSON.stringify(check)) as typeof check;
  expect(json.matches[0]).toEqual({
    technique: "tld-swap",
    severity: "suspicious",
    imitates: ["senate.gov"],
    explanation: check.matches[0].explanation,
  });
  expect(json.matches[0].explanation).toContain("“.group” instead of “.gov”");
});

describe("false-positive control", () => {
  it.each([
    "senate.gov",
    "www.senate.gov",
    "contoso.sharepoint.com",
    "office.net",
    "outlook.office365.com",
    "house8.net",
    "openoffice.org",
    "live.curry.com",
    "horse.com",
    "mouse.com",
    "iri.com",
    "my-house.com",
    "example.com",
  ])("%s is not a look-alike", (domain) => {
    expect(checkDomain(domain, withSpoofs).matches).toEqual([]);
  });

  it("does not take a sign-in word that is also a protected name for a second brand", () => {
    // "login" is Login.gov's name, but beside Hoover's it is the lure, not a second imitation.
    expect(techniques("hoover-login.com")).toEqual(["brand-token:hoover.org"]);
    expect(techniques("login-verify.com")).toContain("brand-token:login.gov");
  });

  it("never flags the organisation's own domains against themselves", () => {
    const index = buildDomainIndex(
      {
        ...lists,
        protected: [
          ...lists.protected,
          { domain: "senate-campaign.org", name: "x", category: "organization" },
        ],
      },
      ["senate-campaign.org"],
    );
    expect(checkDomain("mail.senate-campaign.org", index).matches).toEqual([]);
  });
});
