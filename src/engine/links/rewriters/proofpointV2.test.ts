import { proofpointV2 } from "./proofpointV2";
import type { RewriterResult } from "./rewriter";

const SIG =
  "&d=DwMFaQ&c=euGZstcaTDllvimEN8b7jXrwqOf-v5A_CdpgnVfiiMM&r=4mbLmFq0bBY2kEo7&m=Vd3kP1y9&s=Q8Jm0oS2-4x_3fD&e=";

describe("proofpointV2", () => {
  it.each<[string, string, RewriterResult]>([
    [
      "a Teams meeting link, its own - and _ escaped",
      `https://urldefense.proofpoint.com/v2/url?u=https-3A__teams.microsoft.com_l_meetup-2Djoin_19-253ameeting-5FNjdkZTQ2-40thread.v2_0-3Fcontext-3D-257b-2522Tid-2522-253a-2522c0ffee-2522-257d${SIG}`,
      {
        target:
          "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjdkZTQ2@thread.v2/0?context=%7b%22Tid%22%3a%22c0ffee%22%7d",
      },
    ],
    [
      "an &amp; from the HTML source",
      `https://urldefense.proofpoint.com/v2/url?u=https-3A__my-2Diri.org_login-3Fnext-3D_home-26amp-3Bsso-3D1${SIG}`,
      { target: "https://my-iri.org/login?next=/home&sso=1" },
    ],
    [
      "u= ending at &c=",
      "https://urldefense.proofpoint.com/v2/url?u=http-3A__x.example_&c=abc",
      { target: "http://x.example/" },
    ],
    ["no u=", `https://urldefense.proofpoint.com/v2/url?${SIG.slice(1)}`, { opaque: true }],
    [
      "a bad escape, kept",
      `https://urldefense.proofpoint.com/v2/url?u=http-3A__x.example_-ZZ-E0${SIG}`,
      { target: "http://x.example/%ZZ\ufffd" },
    ],
    [
      "another version's path",
      "https://urldefense.proofpoint.com/v1/url?u=http%3A%2F%2Fx.example%2F&k=1",
      undefined,
    ],
    [
      "a look-alike host",
      `https://urldefense.proofpoint.com.evil.example/v2/url?u=http-3A__x.example_${SIG}`,
      undefined,
    ],
  ])("%s", (_, href, expected) => expect(proofpointV2.unwrap(new URL(href))).toEqual(expected));
});
