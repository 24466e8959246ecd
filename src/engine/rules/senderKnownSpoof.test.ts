import { createContext, DEFAULT_SETTINGS } from "../context";
import { emptySnapshot, type MessageSnapshot } from "../message";
import { senderKnownSpoof } from "./senderKnownSpoof";

const context = createContext(
  {
    protected: [],
    spoofs: [
      {
        domain: "senate.group",
        imitates: ["senate.gov"],
        technique: "tld-swap",
        source: "https://example.org/a",
        reported: "2018-08-20",
      },
      {
        domain: "my-iri.org",
        imitates: ["iri.org"],
        technique: "brand-token",
        source: "https://example.org/b",
        reported: "2018-08-20",
      },
    ],
    allow: [],
  },
  DEFAULT_SETTINGS,
);

function snapshot(extra: Partial<MessageSnapshot>): MessageSnapshot {
  return { ...emptySnapshot("eml"), ...extra };
}

const check = (m: MessageSnapshot) => senderKnownSpoof.check(m, context);

describe("sender-known-spoof", () => {
  it.each([
    ["exact domain", "it@senate.group"],
    ["subdomain of a listed domain", "it@adfs.senate.group"],
    ["upper case and a trailing dot", "IT@ADFS.Senate.Group."],
  ])("flags the From address: %s", (_label, address) => {
    const [finding] = check(snapshot({ from: { name: "Senate IT", address } }));
    expect(finding).toMatchObject({
      severity: "dangerous",
      evidence: { headers: ["From"], listedDomain: "senate.group" },
    });
    expect(finding.detail).toContain("senate.gov");
    expect(finding.evidence.source).toBe("https://example.org/a");
  });

  it("checks Reply-To, Sender and Return-Path too, one finding per domain naming its headers", () => {
    const findings = check(
      snapshot({
        from: { name: "", address: "news@iri.org" },
        sender: { name: "", address: "x@my-iri.org" },
        replyTo: [{ name: "", address: "reply@senate.group" }],
        returnPath: "bounce@my-iri.org",
      }),
    );
    expect(findings.map((f) => [f.evidence.domain, f.evidence.headers])).toEqual([
      ["my-iri.org", ["Sender", "Return-Path"]],
      ["senate.group", ["Reply-To"]],
    ]);
    expect(findings[0].detail).toMatch(/^The Sender and Return-Path addresses use my-iri\.org,/);
    expect(findings[0].evidence.addresses).toEqual(["x@my-iri.org", "bounce@my-iri.org"]);
  });

  it("does not flag the real domains or names that merely contain a listed one", () => {
    for (const address of [
      "a@senate.gov",
      "a@iri.org",
      "a@notsenate.group",
      "a@my-iri.org.example.com",
      "broken",
      "a@",
    ]) {
      expect(check(snapshot({ from: { name: "", address } }))).toEqual([]);
    }
  });

  it("reports each domain once", () => {
    const r = { name: "", address: "a@senate.group" };
    const [finding, ...rest] = check(snapshot({ from: r, replyTo: [r, r] }));
    expect(rest).toEqual([]);
    expect(finding.evidence.headers).toEqual(["From", "Reply-To"]);
  });
});
