import data from "unhomoglyph/data.json";
import { chromiumExtras } from "./chromiumExtras";
import { confusablesTable, mapCodePoints, skeletonTable } from "./table";
import { UNICODE17_ADDITIONS } from "./unicode17Additions";

describe("skeleton tables", () => {
  it("keeps every unhomoglyph entry: all its sources are single code points", () => {
    const sources = Object.keys(data);
    expect(sources.filter((s) => [...s].length !== 1)).toEqual([]);
    const added = UNICODE17_ADDITIONS.filter(([cp]) => !(String.fromCodePoint(cp) in data)).length;
    expect(confusablesTable().size).toBe(sources.length + added);
  });

  it("can merge Chromium's extras into the post-NFD lookup: none of their keys decomposes", () => {
    for (const cp of chromiumExtras().keys()) {
      const ch = String.fromCodePoint(cp);
      expect(ch.normalize("NFD")).toBe(ch);
    }
  });

  it("holds final values: lower-case, NFD, and mapped again unchanged", () => {
    const table = skeletonTable();
    for (const [cp, value] of table) {
      const entry = { ch: String.fromCodePoint(cp), value };
      expect(entry).toEqual({ ...entry, value: mapCodePoints(value, table) });
      expect(entry).toEqual({ ...entry, value: value.toLowerCase().normalize("NFD") });
    }
  });
});
