import { fireEye } from "./fireEye";
import type { RewriterResult } from "./rewriter";

const K =
  "k=5bd95ebd-044267fb-5bd8d5f2-0cc47a3003e8-ce9db8ea264d6901&q=1&e=900556dc-d199-4c18-9432-5c3465a98eae";

describe("fireEye", () => {
  it.each<[string, string, RewriterResult]>([
    [
      "u= after k=, q= and e=",
      `https://protect2.fireeye.com/v1/url?${K}&u=https%3A%2F%2Felixir.bootlin.com%2Flinux%2Flatest%2Fsource%2Finclude%2Fdrm%2Fdrm_mipi_dsi.h%23L129`,
      { target: "https://elixir.bootlin.com/linux/latest/source/include/drm/drm_mipi_dsi.h#L129" },
    ],
    ["no u=", `https://protect2.fireeye.com/v1/url?${K}`, { opaque: true }],
    ["another path", `https://protect2.fireeye.com/v2/url?${K}&u=https%3A%2F%2Fx.example%2F`, undefined],
  ])("%s", (_, href, expected) => expect(fireEye.unwrap(new URL(href))).toEqual(expected));
});
