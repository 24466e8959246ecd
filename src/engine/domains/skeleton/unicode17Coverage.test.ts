import { readFileSync } from "node:fs";
import data from "unhomoglyph/data.json";
import { sharedData } from "../../../../test/support/sharedData";
import { confusablesTable } from "./table";
import { UNICODE17_ADDITIONS } from "./unicode17Additions";

/**
 * Measures the runtime confusables table (Unicode 13 from npm unhomoglyph, plus unicode17Additions)
 * against Unicode 17 confusables.txt, for Identifier_Status=Allowed code points. The Unicode files are
 * read from ../shared at test time and never copied into the repo. Without them the test passes
 * without asserting anything on them (sharedData prints a note).
 */

/** Gaps here must be zero: the scripts domain spoofs use, and decimal digits of any script. */
const CLOSED = ["Latin", "Cyrillic", "Greek", "Armenian", "Nd"];
/** Scripts with Allowed characters (UAX #31 recommended scripts), for the report only. */
const SCRIPTS = (
  "Latin Cyrillic Greek Armenian Arabic Bengali Bopomofo Devanagari Ethiopic Georgian Gujarati " +
  "Gurmukhi Han Hangul Hebrew Hiragana Kannada Katakana Khmer Lao Malayalam Myanmar Oriya Sinhala " +
  "Tamil Telugu Thaana Thai Tibetan Common Inherited"
).split(" ");
const SCRIPT_TESTS = SCRIPTS.map((name) => [name, new RegExp(`^\\p{Script=${name}}$`, "u")] as const);

function group(cp: number): string {
  const ch = String.fromCodePoint(cp);
  if (/^\p{Nd}$/u.test(ch)) return "Nd";
  return SCRIPT_TESTS.find(([, test]) => test.test(ch))?.[0] ?? "Unknown";
}

function hexes(field: string): number[] {
  return field
    .trim()
    .split(/\s+/)
    .map((h) => parseInt(h, 16));
}

function allowedCodePoints(path: string): Set<number> {
  const allowed = new Set<number>();
  for (const line of readFileSync(path, "utf8").split("\n")) {
    const m = /^([0-9A-F]+)(?:\.\.([0-9A-F]+))?\s*;\s*Allowed\b/.exec(line);
    if (!m) continue;
    const last = parseInt(m[2] ?? m[1], 16);
    for (let cp = parseInt(m[1], 16); cp <= last; cp++) allowed.add(cp);
  }
  return allowed;
}

function unicode17Prototypes(path: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const line of readFileSync(path, "utf8").split("\n")) {
    const [source, target, type] = line.replace(/#.*/, "").split(";");
    if (type?.trim() !== "MA") continue;
    const from = hexes(source);
    expect(from).toHaveLength(1); // our table is per code point; sequences would need handling
    map.set(from[0], String.fromCodePoint(...hexes(target)));
  }
  return map;
}

interface Counts {
  mapped: number;
  differ: number;
  missing: number;
}
const ZERO: Counts = { mapped: 0, differ: 0, missing: 0 };
const open = (c: Counts) => c.differ + c.missing;

function gaps(u17: Map<number, string>, allowed: Set<number>, runtime: (cp: number) => string | undefined) {
  const byGroup = new Map<string, Counts>();
  for (const [cp, prototype] of u17) {
    if (!allowed.has(cp)) continue;
    const g = group(cp);
    const counts = byGroup.get(g) ?? { ...ZERO };
    byGroup.set(g, counts);
    counts.mapped++;
    const ours = runtime(cp);
    if (ours === undefined) counts.missing++;
    else if (ours !== prototype) counts.differ++;
  }
  return byGroup;
}

describe("runtime confusables vs Unicode 17 confusables.txt (Identifier_Status=Allowed)", () => {
  const confusablesPath = sharedData("unicode/confusables.txt");
  const statusPath = sharedData("unicode/IdentifierStatus.txt");

  it("has no gaps left for Latin, Cyrillic, Greek, Armenian and digits; reports the rest", () => {
    if (!confusablesPath || !statusPath) return;
    const u17 = unicode17Prototypes(confusablesPath);
    const allowed = allowedCodePoints(statusPath);
    const unicode13: Readonly<Record<string, string>> = data;
    const before = gaps(u17, allowed, (cp) => unicode13[String.fromCodePoint(cp)]);
    const table = confusablesTable();
    const after = gaps(u17, allowed, (cp) => table.get(cp));

    let report = "Unicode 17 confusables vs runtime table, Allowed code points (differ/missing):\n";
    for (const g of CLOSED) {
      const [b, a] = [before.get(g) ?? ZERO, after.get(g) ?? ZERO];
      report += `  ${g.padEnd(8)} ${a.mapped} mapped; before ${b.differ}/${b.missing}, after ${a.differ}/${a.missing}\n`;
    }
    const others = [...after]
      .filter(([g, c]) => !CLOSED.includes(g) && open(c) > 0)
      .sort(([a], [b]) => a.localeCompare(b));
    const otherGaps = others.reduce((n, [, c]) => n + open(c), 0);
    report += `  other scripts, left open: ${otherGaps} (${others.map(([g, c]) => `${g} ${c.differ}/${c.missing}`).join(", ")})\n`;
    process.stdout.write(report);

    for (const g of CLOSED)
      expect({ group: g, ...(after.get(g) ?? ZERO) }).toMatchObject({ differ: 0, missing: 0 });
  });

  it("lists only entries that Unicode 17 has and unhomoglyph lacks, for the closed scripts", () => {
    if (!confusablesPath || !statusPath) return;
    const u17 = unicode17Prototypes(confusablesPath);
    const allowed = allowedCodePoints(statusPath);
    const unicode13: Readonly<Record<string, string>> = data;
    for (const [cp, prototype] of UNICODE17_ADDITIONS) {
      const ch = String.fromCodePoint(cp);
      expect({ ch, allowed: allowed.has(cp), closed: CLOSED.includes(group(cp)) }).toEqual({
        ch,
        allowed: true,
        closed: true,
      });
      expect({ ch, prototype }).toEqual({ ch, prototype: u17.get(cp) });
      expect({ ch, stale: unicode13[ch] }).not.toEqual({ ch, stale: prototype });
    }
  });
});
