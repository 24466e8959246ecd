import { readFileSync } from "node:fs";
import { sharedData } from "../../../../test/support/sharedData";
import { isAllowedByProperties, isIdentifierAllowed } from "./identifierStatus";
import { scriptOf } from "./scripts";

/**
 * Measures the runtime approximation of Identifier_Status=Allowed against Unicode's own
 * IdentifierStatus.txt (17.0, test-only data beside the repo) and prints the differences by script.
 */

interface Tally {
  falseAllowed: number;
  falseDisallowed: number;
}

/** Code points listed as Allowed; everything else is Restricted (the file's @missing line). */
function readAllowed(path: string): Set<number> {
  const allowed = new Set<number>();
  for (const line of readFileSync(path, "utf8").split("\n")) {
    const m = /^([0-9A-F]{4,6})(?:\.\.([0-9A-F]{4,6}))?\s*;\s*Allowed\b/.exec(line);
    if (!m) continue;
    const last = parseInt(m[2] ?? m[1], 16);
    for (let cp = parseInt(m[1], 16); cp <= last; cp++) allowed.add(cp);
  }
  return allowed;
}

function measure(allowed: Set<number>, approx: (ch: string) => boolean): Map<string, Tally> {
  const byScript = new Map<string, Tally>();
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    const truth = allowed.has(cp);
    if (approx(ch) === truth) continue;
    const key = /^\p{Nd}$/u.test(ch) ? `${scriptOf(ch)} (Nd digit)` : scriptOf(ch);
    const tally = byScript.get(key) ?? { falseAllowed: 0, falseDisallowed: 0 };
    if (truth) tally.falseDisallowed++;
    else tally.falseAllowed++;
    byScript.set(key, tally);
  }
  return byScript;
}

function report(title: string, byScript: Map<string, Tally>): string {
  const rows = [...byScript].sort(
    (a, b) => b[1].falseAllowed + b[1].falseDisallowed - (a[1].falseAllowed + a[1].falseDisallowed),
  );
  const total = rows.reduce((n, [, t]) => n + t.falseAllowed + t.falseDisallowed, 0);
  const lines = rows.map(
    ([s, t]) => `  ${s}: false-allowed ${t.falseAllowed}, false-disallowed ${t.falseDisallowed}`,
  );
  return `${title}: ${total} differences\n${lines.join("\n")}`;
}

// Scripts (and all decimal digits) where the approximation must agree with Unicode exactly.
const EXACT = ["Latin", "Cyrillic", "Greek", "Armenian"];

describe("isIdentifierAllowed", () => {
  it("allows everyday letters and digits of domain names", () => {
    for (const ch of [
      "a",
      "é",
      "ß",
      "ə",
      "-",
      "7",
      "я",
      "ω",
      "ա",
      "ש",
      "ب",
      "ก",
      "あ",
      "ア",
      "한",
      "中",
      "०",
    ]) {
      expect([ch, isIdentifierAllowed(ch)]).toEqual([ch, true]);
    }
  });

  it("refuses symbols, phonetic and historic letters, technical marks and Limited_Use scripts", () => {
    for (const ch of ["♥", "°", "ɡ", "ᴡ", "ĸ", "ǃ", "ϼ", "ꙡ", "\u0305", "ㄅ", "ᠣ", "\u200D", "੨", "𝚊"]) {
      expect([ch, isIdentifierAllowed(ch)]).toEqual([ch, false]);
    }
  });
});

const path = sharedData("unicode/IdentifierStatus.txt");

describe("Identifier_Status=Allowed approximation against IdentifierStatus.txt 17.0", () => {
  const allowed = path ? readAllowed(path) : undefined;

  it("prints the property-only rule's differences by script", () => {
    if (!allowed) return;
    const before = measure(allowed, isAllowedByProperties);
    console.log(report("property escapes only", before));
    expect(before.size).toBeGreaterThan(0);
  });

  it("is exact for Latin, Cyrillic, Greek, Armenian and every Nd digit; prints what is left", () => {
    if (!allowed) return;
    const after = measure(allowed, isIdentifierAllowed);
    console.log(report("property escapes + range tables", after));
    const wrong = [...after.keys()].filter((key) => EXACT.includes(key) || key.endsWith("(Nd digit)"));
    expect(wrong).toEqual([]);
  });
});
