import { proofpointV1 } from "./proofpointV1";
import type { RewriterResult } from "./rewriter";

const SIG = "&k=7DHVZ%2FyC%2Bg4uQ1Q%3D%3D%0A&r=Mi2ZpX%2BQa7s%3D%0A&m=h3kYq%2Fq5&s=0a1b2c3d4e5f";

describe("proofpointV1", () => {
  it.each<[string, string, RewriterResult]>([
    [
      "a percent-encoded target with an HTML entity",
      `https://urldefense.proofpoint.com/v1/url?u=https://adfs-senate.services/login.php?next%3D%252Fhome%26amp%3Bsso%3D1${SIG}`,
      { target: "https://adfs-senate.services/login.php?next=%2Fhome&sso=1" },
    ],
    [
      "an unescaped & inside u=, which runs to &k=",
      `http://urldefense.proofpoint.com/v1/url?u=http://my-iri.org/a?b=1&c=2${SIG}`,
      { target: "http://my-iri.org/a?b=1&c=2" },
    ],
    [
      "no &k=: to the end",
      "https://urldefense.proofpoint.com/v1/url?u=http%3A%2F%2Fx.example%2F",
      { target: "http://x.example/" },
    ],
    [
      "u= after another parameter",
      `https://urldefense.proofpoint.com/v1/url?x=1&u=http%3A%2F%2Fx.example%2F${SIG}`,
      { target: "http://x.example/" },
    ],
    ["no u=", `https://urldefense.proofpoint.com/v1/url?${SIG.slice(1)}`, { opaque: true }],
    ["an empty u=", `https://urldefense.proofpoint.com/v1/url?u=${SIG}`, { opaque: true }],
    [
      "bad escapes and entities, kept as written",
      `https://urldefense.proofpoint.com/v1/url?u=http://x.example/%G1%&amp&bogus;${SIG}`,
      { target: "http://x.example/%G1%&amp&bogus;" },
    ],
    [
      "another version's path",
      `https://urldefense.proofpoint.com/v2/url?u=http-3A__x.example_&d=DwMF`,
      undefined,
    ],
    ["another host", `https://urldefense.com/v1/url?u=http%3A%2F%2Fx.example%2F${SIG}`, undefined],
  ])("%s", (_, href, expected) => expect(proofpointV1.unwrap(new URL(href))).toEqual(expected));
});
