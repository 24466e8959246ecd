import { awsSes } from "./awsSes";
import type { RewriterResult } from "./rewriter";

const TAIL =
  "/1/0100019a1b2c3d4e-5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c-000000/Qm9Gx1c2a3b4c5d6e7f8a9b0c1d=412";

describe("awsSes", () => {
  it.each<[string, string, RewriterResult]>([
    [
      "the target's / and ? escaped, its = and @ not",
      `https://k3p9x2ab.r.us-east-1.awstrack.me/L0/https:%2F%2Fcampaign-donate.example%2Fgive%3Fref=email%26to=dana@campaign.example${TAIL}`,
      { target: "https://campaign-donate.example/give?ref=email&to=dana@campaign.example" },
    ],
    [
      "a target that is the last segment",
      "https://k3p9x2ab.r.eu-west-1.awstrack.me/L0/https:%2F%2Fx.example%2F",
      { target: "https://x.example/" },
    ],
    ["an empty target", `https://k3p9x2ab.r.us-east-1.awstrack.me/L0/${TAIL}`, { opaque: true }],
    ["the open-tracking pixel", `https://k3p9x2ab.r.us-east-1.awstrack.me/I0${TAIL}`, undefined],
    ["the parent alone", "https://awstrack.me/L0/https:%2F%2Fx.example%2F", undefined],
  ])("%s", (_, href, expected) => expect(awsSes.unwrap(new URL(href))).toEqual(expected));
});
