import { bundledFeed } from "../../feed/bundledFeed";
import { feedLists } from "../../feed/feedSchema";
import { analyze } from "../analyze";
import { createContext, DEFAULT_SETTINGS } from "../context";
import { hasTip } from "../tips/tips";
import { emptySnapshot, type MessageSnapshot } from "../message";
import { TECHNIQUE_IDS } from "../domains/techniques/technique";
import { senderLookalike } from "./senderLookalike";

const lists = feedLists(bundledFeed());
const context = createContext({ ...lists, spoofs: [] }, DEFAULT_SETTINGS);

function snapshot(extra: Partial<MessageSnapshot>): MessageSnapshot {
  return { ...emptySnapshot("eml"), ...extra };
}

const check = (m: MessageSnapshot) => senderLookalike.check(m, context);

describe("sender-lookalike-domain", () => {
  it("flags a look-alike From with the technique, the target and a tip for that technique", () => {
    const [finding] = check(snapshot({ from: { name: "Senate IT", address: "it@adfs-senate.services" } }));
    expect(finding).toMatchObject({
      rule: "sender-lookalike-domain",
      severity: "suspicious",
      evidence: { headers: ["From"], domain: "adfs-senate.services", imitates: ["senate.gov"] },
      tip: "lookalike-brand-token",
    });
    expect(finding.title).toContain("senate.gov");
    expect(finding.detail).toContain("adfs");
    expect(hasTip(finding.tip)).toBe(true);
  });

  it("is dangerous for a homograph and shows what the punycode displays as", () => {
    const [finding] = check(snapshot({ from: { name: "", address: "it@xn--snate-bsa.gov" } }));
    expect(finding.severity).toBe("dangerous");
    expect(finding.evidence.displayedAs).toBe("sénate.gov");
    expect(finding.title).toBe("Sender's domain only looks like senate.gov: it is really xn--snate-bsa.gov");
    expect(finding.detail).toContain("sénate.gov");
  });

  it("names every header a domain appears in, once", () => {
    const findings = check(
      snapshot({
        from: { name: "", address: "news@hudson.org" },
        replyTo: [{ name: "", address: "desk@hudsonorg-my-sharepoint.com" }],
        returnPath: "bounce@hudsonorg-my-sharepoint.com",
      }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0].evidence.headers).toEqual(["Reply-To", "Return-Path"]);
    expect(findings[0].evidence.techniques).toContain("target-embedding");
  });

  it("leaves known spoofs to sender-known-spoof, and real domains alone", () => {
    const withSpoofs = createContext(lists, DEFAULT_SETTINGS);
    const spoof = snapshot({ from: { name: "", address: "it@senate.group" } });
    expect(senderLookalike.check(spoof, withSpoofs)).toEqual([]);
    expect(analyze(spoof, withSpoofs).findings.map((f) => f.rule)).toEqual(["sender-known-spoof"]);
    expect(check(snapshot({ from: { name: "", address: "press@senate.gov" } }))).toEqual([]);
  });

  it("every technique has a training tip in both languages", () => {
    // Known spoofs are sender-known-spoof's, with its own tip.
    for (const technique of TECHNIQUE_IDS.filter((t) => t !== "known-spoof")) {
      expect(hasTip(`lookalike-${technique}`)).toBe(true);
    }
  });
});
