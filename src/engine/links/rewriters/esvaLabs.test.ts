import { esvaLabs } from "./esvaLabs";
import type { RewriterResult } from "./rewriter";

describe("esvaLabs", () => {
  it.each<[string, string, RewriterResult]>([
    [
      "u= then e=, h=, f=, p=",
      "https://urlsand.esvalabs.com/?u=https%3A%2F%2Farxiv.org%2Fabs%2F2502.10811&e=ed7a584b&h=456504aa&f=y&p=y",
      { target: "https://arxiv.org/abs/2502.10811" },
    ],
    ["no u=", "https://urlsand.esvalabs.com/?e=ed7a584b&h=456504aa", { opaque: true }],
    ["another host", "https://www.esvalabs.com/?u=https%3A%2F%2Fx.example%2F", undefined],
  ])("%s", (_, href, expected) => expect(esvaLabs.unwrap(new URL(href))).toEqual(expected));
});
