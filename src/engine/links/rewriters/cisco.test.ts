import { cisco } from "./cisco";
import type { RewriterResult } from "./rewriter";

const TOKEN = "1VqOjcxMgKL3XZhQ7r2pWm_Bgus3uAHj6kgi6Z1DflVl54XMtQ0-bG4gLyZxrKU1KKw5";

describe("cisco", () => {
  it.each<[string, string, RewriterResult]>([
    [
      "a fully escaped target after the token",
      `https://secure-web.cisco.com/${TOKEN}/https%3A%2F%2Fwww.senate.gov%2Flogin%3Fnext%3D%252F`,
      { target: "https://www.senate.gov/login?next=%2F" },
    ],
    [
      "a target whose slashes were left as they were",
      `https://secure-web.cisco.com/${TOKEN}/https%3A//x.example/a/b`,
      { target: "https://x.example/a/b" },
    ],
    ["a token only", `https://secure-web.cisco.com/${TOKEN}`, { opaque: true }],
    ["a token and an empty target", `https://secure-web.cisco.com/${TOKEN}/`, { opaque: true }],
    ["an empty token", "https://secure-web.cisco.com//https%3A%2F%2Fx.example%2F", { opaque: true }],
    ["another Cisco host", `https://www.cisco.com/${TOKEN}/https%3A%2F%2Fx.example%2F`, undefined],
  ])("%s", (_, href, expected) => expect(cisco.unwrap(new URL(href))).toEqual(expected));
});
