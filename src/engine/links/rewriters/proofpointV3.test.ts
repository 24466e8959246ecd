import { proofpointV3 } from "./proofpointV3";
import type { RewriterResult } from "./rewriter";

const SIG = "!!ACWV5N9M2RV99hQ!Kk3mP0xYw7-Q_vB2nL9sT4rE1uI6oA8cD5fG0hJ2kL4mN6pQ8sT$";

describe("proofpointV3", () => {
  it.each<[string, string, RewriterResult]>([
    [
      "a target without tokens",
      `https://urldefense.com/v3/__https://lore.kernel.org/r/4bac0a8a-eeaa@rbox.example__;${SIG}`,
      { target: "https://lore.kernel.org/r/4bac0a8a-eeaa@rbox.example" },
    ],
    [
      "one * for # (payload Iw)",
      `https://urldefense.com/v3/__https://github.com/campaign-example/site/pull/1175*discussion_r1130183899__;Iw${SIG}`,
      { target: "https://github.com/campaign-example/site/pull/1175#discussion_r1130183899" },
    ],
    [
      "* for each % of the target's own escapes",
      `https://urldefense.com/v3/__https://lore.kernel.org/linux-scsi/Ykqg0kr0F*2Fyzk2XW@infradead.example/__;JQ${SIG}`,
      { target: "https://lore.kernel.org/linux-scsi/Ykqg0kr0F%2Fyzk2XW@infradead.example/" },
    ],
    [
      "**C for a run of four",
      `https://urldefense.com/v3/__https://portal.example/a**Cb__;IyMlJQ${SIG}`,
      { target: "https://portal.example/a##%%b" },
    ],
    [
      "**_ for the longest run, 65, then one more *",
      `https://urldefense.com/v3/__https://x.example/**_*__;${"JSUl".repeat(22)}${SIG}`,
      { target: `https://x.example/${"%".repeat(66)}` },
    ],
    [
      "a raw ? in the target, which URL puts in the query",
      `https://urldefense.com/v3/__https://bugzilla.kernel.org/show_bug.cgi?id=208045__;!!GqivPVa7Brio!O7JgZIL3VPAz$`,
      { target: "https://bugzilla.kernel.org/show_bug.cgi?id=208045" },
    ],
    [
      "Safe Links inside, written with &amp; as in the HTML source",
      `https://urldefense.com/v3/__https://apc01.safelinks.protection.outlook.com/?url=https*3A*2F*2Fgithub.com*2Fopenbmc*2Fsmbios-mdr&amp;data=04*7C01__;JSUlJSUl${SIG}`,
      {
        target:
          "https://apc01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fgithub.com%2Fopenbmc%2Fsmbios-mdr&data=04%7C01",
      },
    ],
    [
      "a non-ASCII host, escaped by URL and read back",
      `https://urldefense.com/v3/__https://bücher.example/__;${SIG}`,
      { target: "https://bücher.example/" },
    ],
    [
      "the urldefense.us host",
      `https://urldefense.us/v3/__https://www.senate.gov/__;${SIG}`,
      { target: "https://www.senate.gov/" },
    ],
    [
      "a payload too short for the tokens",
      `https://urldefense.com/v3/__https://x.example/a**Cb__;Iw${SIG}`,
      { opaque: true },
    ],
    [
      "a payload that is not base64",
      `https://urldefense.com/v3/__https://x.example/a*b__;I*w${SIG}`,
      { opaque: true },
    ],
    [
      "an unused payload that is not base64",
      `https://urldefense.com/v3/__https://x.example/__;@@${SIG}`,
      { target: "https://x.example/" },
    ],
    [
      "** with a character outside the alphabet",
      `https://urldefense.com/v3/__https://x.example/**!__;IyMlJQ${SIG}`,
      { opaque: true },
    ],
    ["** at the very end", "https://urldefense.com/v3/__https://x.example/**__;IyMlJQ", { opaque: true }],
    ["no __; after the target", "https://urldefense.com/v3/__https://x.example/", { opaque: true }],
    ["an empty target", `https://urldefense.com/v3/____;${SIG}`, { opaque: true }],
    [
      "no payload terminator",
      "https://urldefense.com/v3/__https://x.example/*__;Iw",
      { target: "https://x.example/#" },
    ],
    ["another path", "https://urldefense.com/v2/url?u=http-3A__x.example_&d=DwMF", undefined],
    [
      "the proofpoint.com host, which v3 does not use",
      `https://urldefense.proofpoint.com/v3/__https://x.example/__;${SIG}`,
      undefined,
    ],
  ])("%s", (_, href, expected) => expect(proofpointV3.unwrap(new URL(href))).toEqual(expected));
});
