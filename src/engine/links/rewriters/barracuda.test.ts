import { barracuda } from "./barracuda";
import type { RewriterResult } from "./rewriter";

const SIG =
  "&c=E,1,6oCqZuEwNUy08Ruz3U1F57AANBUlNd69faq6PP04PtM6cDM2rw7XmoiBMYey0FtZWZzZaiNCAfYaVNwUQgj78-TQax&typo=1";

describe("barracuda", () => {
  it.each<[string, string, RewriterResult]>([
    [
      "lower-case escapes, as in real links",
      `https://linkprotect.cudasvc.com/url?a=https%3a%2f%2fsecure.campaign-donate.example%2fgive%3famount%3d50${SIG}`,
      { target: "https://secure.campaign-donate.example/give?amount=50" },
    ],
    [
      "the /?a= form",
      "https://linkprotect.cudasvc.com/?a=http%3A%2F%2Fx.example",
      { target: "http://x.example" },
    ],
    ["no a=", `https://linkprotect.cudasvc.com/url?${SIG.slice(1)}`, { opaque: true }],
    ["another Barracuda host", "https://www.cudasvc.com/url?a=http%3A%2F%2Fx.example", undefined],
  ])("%s", (_, href, expected) => expect(barracuda.unwrap(new URL(href))).toEqual(expected));
});
