import { readFileSync } from "node:fs";
import { join } from "node:path";
import { COMMON_WORDS } from "./commonWords";

/** The words exactly as written in the source, so a duplicate there is caught (the Set would hide it). */
function sourceWords(): string[] {
  const source = readFileSync(join(__dirname, "commonWords.ts"), "utf8");
  const literal = /const WORDS = `([^`]*)`/.exec(source);
  if (!literal) throw new Error("WORDS template literal not found in commonWords.ts");
  return literal[1].trim().split(/\s+/);
}

describe("COMMON_WORDS", () => {
  it("holds only lower-case a-z words", () => {
    for (const w of COMMON_WORDS) expect(w).toMatch(/^[a-z]+$/);
  });

  it("lists each word once in the source", () => {
    const words = sourceWords();
    const seen = new Set<string>();
    const duplicates = words.filter((w) => (seen.has(w) ? true : (seen.add(w), false)));
    expect(duplicates).toEqual([]);
    expect(words.length).toBe(COMMON_WORDS.size);
  });

  it("is a few thousand words", () => {
    expect(COMMON_WORDS.size).toBeGreaterThanOrEqual(3000);
    expect(COMMON_WORDS.size).toBeLessThanOrEqual(5000);
  });

  it("contains the common words that are also protected labels", () => {
    for (const w of ["house", "office", "live", "box", "zoom", "apple", "state", "login", "outlook"]) {
      expect(COMMON_WORDS.has(w)).toBe(true);
    }
  });

  it("contains words common in domain names", () => {
    for (const w of ["mail", "login", "secure", "account", "online", "support", "service", "group", "web"]) {
      expect(COMMON_WORDS.has(w)).toBe(true);
    }
    for (const w of ["my", "the", "app", "cloud", "news", "shop", "home", "x"])
      expect(COMMON_WORDS.has(w)).toBe(true);
  });

  it("leaves out brand-only names, and senate", () => {
    for (const w of [
      "microsoft",
      "sharepoint",
      "onedrive",
      "office365",
      "hotmail",
      "docusign",
      "dropbox",
      "google",
      "gmail",
      "yahoo",
      "paypal",
      "linkedin",
      "actblue",
      "winred",
      "ngpvan",
      "hudson",
      "iri",
      "ndi",
      "senate",
    ]) {
      expect(COMMON_WORDS.has(w)).toBe(false);
    }
  });
});
