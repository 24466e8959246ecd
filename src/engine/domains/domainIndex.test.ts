import { bundledFeed } from "../../feed/bundledFeed";
import { feedLists } from "../../feed/feedSchema";
import { buildDomainIndex } from "./domainIndex";
import { domainSubject } from "./subject";

const index = buildDomainIndex(feedLists(bundledFeed()));

function mentions(host: string): boolean {
  const subject = domainSubject(host);
  if (!subject) throw new Error(`not a domain: ${host}`);
  return index.mentionsProtectedName(subject);
}

describe("mentionsProtectedName", () => {
  it.each([
    "senate.group",
    "adfs-senate.services",
    "hudsonorg-my-sharepoint.com",
    "senate.gov-login.com",
    "sеnate.com", // Cyrillic е: only its skeleton is a protected name
    "rnicrosoft.com",
  ])("lets %s through to the name techniques", (host) => {
    expect(mentions(host)).toBe(true);
  });

  it.each(["lists.sourceforge.net", "www.example.com", "mail.newsletter-weekly.org"])(
    "rules out %s, which names nothing protected",
    (host) => {
      expect(mentions(host)).toBe(false);
    },
  );
});

describe("typoCandidates", () => {
  it("finds the protected name one slip away, and nothing for a protected name alone", () => {
    expect(index.typoCandidates("senatte").map((t) => t.domain)).toContain("senate.gov");
    expect(index.typoCandidates("senate").filter((t) => t.labelSkeleton !== "senate")).toEqual([]);
    expect(index.typoCandidates("newsletter")).toEqual([]);
  });
});
