import type { RewriterResult } from "./rewriter";
import { trendMicro } from "./trendMicro";

const TAIL =
  "&umid=2f305b77-83e7-47b6-a461-a8ca67d0bfe2&auth=53c7c7de28b92dfd96e93d9dd61a23e634d2fbec-2a9f0c7e1d3b5a8c";

describe("trendMicro", () => {
  it.each<[string, string, RewriterResult]>([
    [
      "a regional gateway with an explicit port",
      `https://ddec1-0-en-ctp.trendmicro.com:443/wis/clicktime/v1/query?url=https%3a%2f%2flore.kernel.org%2flkml%2f20231016151000.GE119987%40fedora.example%2ft%2f${TAIL}`,
      { target: "https://lore.kernel.org/lkml/20231016151000.GE119987@fedora.example/t/" },
    ],
    [
      "another gateway",
      `https://smex-ctp.trendmicro.com/wis/clicktime/v1/query?url=https%3A%2F%2Fmy-iri.org%2F${TAIL}`,
      { target: "https://my-iri.org/" },
    ],
    [
      "no url=",
      `https://ddei5-0-ctp.trendmicro.com:443/wis/clicktime/v1/query?${TAIL.slice(1)}`,
      { opaque: true },
    ],
    [
      "another path",
      "https://ddei5-0-ctp.trendmicro.com/wis/other?url=https%3A%2F%2Fx.example%2F",
      undefined,
    ],
    [
      "another Trend Micro host",
      "https://www.trendmicro.com/wis/clicktime/v1/query?url=https%3A%2F%2Fx.example%2F",
      undefined,
    ],
  ])("%s", (_, href, expected) => expect(trendMicro.unwrap(new URL(href))).toEqual(expected));
});
