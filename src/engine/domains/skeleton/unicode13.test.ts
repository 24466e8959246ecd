import { readFileSync } from "node:fs";
import { join } from "node:path";
import data from "unhomoglyph/data.json";
import { CONFUSABLES_FILE, confusablesSource } from "../../../../scripts/confusablesData";
import { unicode13Confusables } from "./table";

describe("the compact Unicode 13 confusables", () => {
  it("decode to exactly npm unhomoglyph's table", () => {
    const table = unicode13Confusables();
    const expected = new Map(
      Object.entries(data as Record<string, string>).map(([s, p]) => [s.codePointAt(0) as number, p]),
    );
    expect(table.size).toBe(expected.size);
    for (const [cp, prototype] of expected) expect([cp, table.get(cp)]).toEqual([cp, prototype]);
  });

  it("read runs of consecutive characters and prototypes, and prototypes holding spaces", () => {
    expect([...unicode13Confusables("1t+3 A\n2 a b\n-5 z")]).toEqual([
      [0x41, "A"],
      [0x42, "B"],
      [0x43, "C"],
      [0x45, "a b"],
      [0x40, "z"],
    ]);
  });

  it(`${CONFUSABLES_FILE} equals the generator's output (npx tsx scripts/generate-confusables.ts)`, () => {
    const committed = readFileSync(join(__dirname, "../../../..", CONFUSABLES_FILE), "utf8");
    expect(committed.replace(/\s+/g, "")).toBe(confusablesSource().replace(/\s+/g, ""));
  });
});
