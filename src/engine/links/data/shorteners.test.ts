import { readFileSync } from "node:fs";
import { join } from "node:path";
import { getDomain } from "tldts";
import { URL_SHORTENERS } from "./shorteners";

/** The names exactly as written in the source, so a duplicate there is caught (the Set would hide it). */
function sourceNames(): string[] {
  const source = readFileSync(join(__dirname, "shorteners.ts"), "utf8");
  const literal = /const SHORTENERS = `([^`]*)`/.exec(source);
  if (!literal) throw new Error("SHORTENERS template literal not found in shorteners.ts");
  return literal[1].trim().split(/\s+/);
}

describe("URL_SHORTENERS", () => {
  it("lists each domain once, 30 to 80 of them", () => {
    const names = sourceNames();
    expect(names.length).toBe(URL_SHORTENERS.size);
    expect(URL_SHORTENERS.size).toBeGreaterThanOrEqual(30);
    expect(URL_SHORTENERS.size).toBeLessThanOrEqual(80);
  });

  it("holds lower-case registrable domains, so a lookup by a link's registrable domain finds them", () => {
    for (const domain of URL_SHORTENERS) {
      expect(domain).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
      expect(getDomain(domain)).toBe(domain);
      expect(getDomain(domain, { allowPrivateDomains: true })).toBe(domain);
    }
  });

  it("contains the shorteners seen in phishing mail", () => {
    for (const domain of [
      "bit.ly",
      "t.co",
      "is.gd",
      "tinyurl.com",
      "ow.ly",
      "rebrand.ly",
      "cutt.ly",
      "qrco.de",
      // Seen in the tuning halves of `npm run eval`.
      "urly.fi",
      "lmy.de",
      "lc.cx",
      "cutt.us",
      "zpr.io",
      // IP loggers.
      "grabify.link",
      "iplogger.com",
    ]) {
      expect(URL_SHORTENERS.has(domain)).toBe(true);
    }
  });

  it("leaves out redirectors that only lead to their owner's site", () => {
    for (const domain of ["youtu.be", "amzn.to", "aka.ms"]) expect(URL_SHORTENERS.has(domain)).toBe(false);
  });
});
