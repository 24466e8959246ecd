import { gzipSync } from "node:zlib";
import { SourceMapGenerator } from "source-map";
import { groupShares, textByGroup, UNMAPPED } from "../bench/bundleShares";

/** A two-line "bundle" whose map says which source wrote which columns. */
function bundle() {
  const code = "/*x*/AAABBB\nCCDD";
  const map = new SourceMapGenerator({ file: "out.js" });
  const at = (line: number, column: number, source: string) =>
    map.addMapping({ generated: { line, column }, original: { line: 1, column: 0 }, source });
  at(1, 5, "webpack://app/./src/a.ts");
  at(1, 8, "webpack://app/./node_modules/lib/b.js");
  at(2, 2, "webpack://app/./src/a.ts");
  return { code, map: JSON.parse(map.toString()) };
}

const byTopFolder = (source: string) => (source.includes("node_modules") ? "libraries" : "ours");

describe("textByGroup", () => {
  it("gives each mapping the text up to the next one, across line ends", () => {
    const { code, map } = bundle();
    const texts = textByGroup(code, map, byTopFolder);
    expect(Object.fromEntries(texts)).toEqual({ [UNMAPPED]: "/*x*/", ours: "AAADD", libraries: "BBBCC" });
  });

  it("loses no byte but the line breaks", () => {
    const { code, map } = bundle();
    const total = [...textByGroup(code, map, byTopFolder).values()].join("").length;
    expect(total).toBe(code.length - 1);
  });
});

describe("groupShares", () => {
  it("splits the whole file's gzip size over the groups, largest first", () => {
    const { code, map } = bundle();
    const shares = groupShares(code, map, byTopFolder);
    const sum = shares.reduce((s, g) => s + g.gzip, 0);
    expect(sum).toBeCloseTo(gzipSync(code, { level: 9 }).length, 6);
    expect(shares.map((s) => s.raw)).toEqual([5, 5, 5]);
    expect(shares.map((s) => s.gzip)).toEqual([...shares.map((s) => s.gzip)].sort((a, b) => b - a));
  });
});
