import { fnv1a32, halfOf } from "./split";

describe("the tuning/checking split", () => {
  it("is FNV-1a 32-bit (published test vectors)", () => {
    expect(fnv1a32("")).toBe(0x811c9dc5);
    expect(fnv1a32("a")).toBe(0xe40c292c);
    expect(fnv1a32("foobar")).toBe(0xbf9cf968);
  });

  // These must never change: a figure from the checking half means something only if nobody tuned on it.
  it.each([
    ["sample-1013.eml", "checking"],
    ["sample-1029.eml", "tuning"],
    ["lm-0001.eml", "tuning"],
    ["lm-0002.eml", "checking"],
    ["00001.7c53336b37003a9286aba55d2945844c", "tuning"],
    ["ünïcode.eml", "checking"],
    ["spoof-1.eml", "tuning"],
    ["spoof-2.eml", "checking"],
  ])("puts %s in the %s half", (name, half) => {
    expect(halfOf(name)).toBe(half);
  });

  it("splits many names roughly in two", () => {
    const names = Array.from({ length: 2000 }, (_, i) => `sample-${i}.eml`);
    const tuning = names.filter((n) => halfOf(n) === "tuning").length;
    expect(tuning).toBeGreaterThan(900);
    expect(tuning).toBeLessThan(1100);
  });
});
