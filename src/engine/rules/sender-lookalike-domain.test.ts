import { ruleTester } from "../../../test/support/ruleTester";
import { TECHNIQUE_IDS } from "../domains/techniques/technique";
import { bundledFeed } from "../../feed/bundledFeed";
import { feedLists } from "../../feed/feedSchema";
import { hasTip } from "../tips/tips";
import { senderLookalike } from "./sender-lookalike-domain";

const from = (address: string, name = "") => ({ message: { from: { name, address } } });
const bundled = feedLists(bundledFeed());

// With the spoof list emptied, so that the look-alike engine alone must find them.
ruleTester(
  senderLookalike,
  {
    valid: [
      { name: "a protected domain itself", ...from("press@senate.gov") },
      { name: "an ordinary domain", ...from("alice@example.org") },
    ],
    invalid: [
      {
        name: "a protected name as part of a longer name",
        ...from("it@adfs-senate.services", "Senate IT"),
        findings: [
          {
            message: "imitation",
            severity: "suspicious",
            title: "senate.gov",
            detail: "adfs",
            evidence: { headers: ["From"], domain: "adfs-senate.services", imitates: ["senate.gov"] },
            tip: "lookalike-brand-token",
          },
        ],
      },
      {
        name: "a homograph, titled by what it really is and shown as it displays",
        ...from("it@xn--snate-bsa.gov"),
        findings: [
          {
            message: "homograph",
            severity: "dangerous",
            title: "Sender's domain only looks like senate.gov: it is really xn--snate-bsa.gov",
            detail: "sénate.gov",
            evidence: { displayedAs: "sénate.gov" },
          },
        ],
      },
      {
        name: "every header a domain appears in, once",
        message: {
          from: { name: "", address: "news@hudson.org" },
          replyTo: [{ name: "", address: "desk@hudsonorg-my-sharepoint.com" }],
          returnPath: "bounce@hudsonorg-my-sharepoint.com",
        },
        findings: [
          {
            message: "imitation",
            severity: "dangerous",
            evidence: {
              headers: ["Reply-To", "Return-Path"],
              techniques: expect.arrayContaining(["target-embedding"]),
            },
          },
        ],
      },
      {
        name: "an international name that imitates no one is called what it is",
        ...from("x@xn--watherstation-w3k.com"),
        findings: [
          {
            message: "deceptive-name",
            severity: "suspicious",
            title: "an international name browsers would not display",
            evidence: { imitates: [] },
          },
        ],
      },
      {
        name: "the character-level explanation in Spanish",
        ...from("it@xn--snate-bsa.gov"),
        settings: { language: "es" },
        findings: [
          {
            message: "homograph",
            severity: "dangerous",
            detail: "“é” (é U+00E9 del sistema latino) en lugar de “e”",
          },
        ],
      },
    ],
  },
  { lists: { ...bundled, spoofs: [] } },
);

// With the spoof list in place, documented spoofs are sender-known-spoof's alone.
ruleTester(
  senderLookalike,
  { valid: [{ name: "a documented spoof", ...from("it@senate.group") }], invalid: [] },
  { lists: bundled },
);

describe("sender-lookalike-domain tips", () => {
  it("every technique has a training tip", () => {
    // Known spoofs are sender-known-spoof's, with its own tip.
    for (const technique of TECHNIQUE_IDS.filter((t) => t !== "known-spoof")) {
      expect(hasTip(`lookalike-${technique}`)).toBe(true);
    }
  });
});
