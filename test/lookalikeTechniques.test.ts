import fc from "fast-check";
import { domainToASCII, domainToUnicode } from "node:url";
import { checkDomain, spoofEntries } from "../src/engine";
import { buildDomainIndex, MIN_TYPO_LENGTH, type ProtectedTarget } from "../src/engine/domains/domainIndex";
import { CREDENTIAL_WORDS } from "../src/engine/domains/lureWords";
import { LETTER_SEQUENCES, skeleton } from "../src/engine/domains/skeleton";
import { GLYPHS_OF_SEQUENCE } from "../src/engine/domains/skeleton/sequences.generated";
import { skeletonTable } from "../src/engine/domains/skeleton/table";
import { isLikelyTypoFalsePositive } from "../src/engine/domains/typoFalsePositives";
import { COMMON_WORDS } from "../src/engine/domains/data/commonWords";
import { bundledFeed } from "../src/feed/bundledFeed";
import { feedLists } from "../src/feed/feedSchema";

/**
 * Generated look-alikes of every protected name, one family per technique: each must be caught as
 * imitating that name. The spoof list is emptied so only the techniques themselves can catch them.
 */
const lists = feedLists(bundledFeed());
const index = buildDomainIndex({ ...lists, spoofs: [] });
const targets = index.targets;
const protectedSkeletons = new Set(targets.flatMap((t) => t.labelSkeletons));

/** Lower-case identifier letters of Cyrillic and Greek that Unicode maps to each ASCII letter. */
const CONFUSABLE_OF: ReadonlyMap<string, string[]> = (() => {
  const out = new Map<string, string[]>();
  for (const [cp, value] of skeletonTable()) {
    const ch = String.fromCodePoint(cp);
    // Characters IDNA folds (capitals, ͺ) never reach a host as themselves.
    const folded =
      ch.normalize("NFKC") !== ch || domainToUnicode(domainToASCII(`${ch}a.com`)) !== `${ch}a.com`;
    if (!/^[a-z0-9]$/.test(value) || folded || !/\p{Script=Cyrillic}|\p{Script=Greek}/u.test(ch)) continue;
    out.set(value, [...(out.get(value) ?? []), ch]);
  }
  return out;
})();

function imitated(host: string): Map<string, string[]> {
  const byTechnique = new Map<string, string[]>();
  for (const m of checkDomain(host, index).matches)
    byTechnique.set(m.technique, [...(byTechnique.get(m.technique) ?? []), ...m.imitates]);
  return byTechnique;
}

const caughtAs = (host: string, t: ProtectedTarget, techniques: string[]) => {
  const found = imitated(host);
  return techniques.some((id) =>
    id === "idn-spoof" ? found.has(id) : (found.get(id) ?? []).includes(t.domain),
  );
};

const target = fc.constantFrom(...targets);

describe("every protected name, generated into each technique, is caught", () => {
  it("homograph: one letter swapped for a Cyrillic or Greek look-alike", () => {
    fc.assert(
      fc.property(target, fc.nat(), fc.nat(), (t, at, pick) => {
        const places = [...t.label].map((ch, i) => [ch, i] as const).filter(([ch]) => CONFUSABLE_OF.has(ch));
        if (places.length === 0) return;
        const [ch, i] = places[at % places.length];
        const options = CONFUSABLE_OF.get(ch) ?? [];
        const label = t.label.slice(0, i) + options[pick % options.length] + t.label.slice(i + 1);
        const host = `${label}.${t.suffix}`;
        expect({ host, caught: caughtAs(host, t, ["homograph", "idn-spoof"]) }).toEqual({
          host,
          caught: true,
        });
      }),
      { numRuns: 300 },
    );
  });

  it("homograph: a letter written as the letters that look like it (rn, vv, cl), and back", () => {
    for (const t of targets) {
      for (const { letter, sequence } of LETTER_SEQUENCES) {
        for (const [from, to] of [
          [letter, sequence],
          [sequence, letter],
        ]) {
          if (!t.label.includes(from)) continue;
          const host = `${t.label.replace(from, to)}.${t.suffix}`;
          expect({ host, caught: caughtAs(host, t, ["homograph"]) }).toEqual({ host, caught: true });
        }
      }
    }
  });

  it("homograph: a letter pair written as the single character Unicode maps to it (æ for ae)", () => {
    let tried = 0;
    for (const t of targets) {
      for (const [sequence, glyphs] of Object.entries(GLYPHS_OF_SEQUENCE)) {
        if (!t.label.includes(sequence)) continue;
        for (const glyph of glyphs) {
          const host = `${t.label.replace(sequence, glyph)}.${t.suffix}`;
          const shown = checkDomain(host, index);
          // Characters that WHATWG URL refuses or folds (ﬁ → fi, Ю → ю) never reach a host as themselves.
          if (shown.domain === null || !(shown.unicode ?? shown.domain).includes(glyph)) continue;
          tried++;
          expect({ host, caught: caughtAs(host, t, ["homograph"]) }).toEqual({ host, caught: true });
        }
      }
    }
    expect(tried).toBeGreaterThan(0);
  });

  it("target-embedding: the protected domain written into a longer name, with its dot kept, dropped or a hyphen", () => {
    for (const t of targets) {
      const dotless = t.domain.split(".").join("");
      const hyphened = t.domain.split(".").join("-");
      for (const host of [
        `${t.domain}-login.com`,
        `${t.domain}.evil.info`,
        `${dotless}-my-sharepoint.com`,
        `${hyphened}-secure.net`,
      ]) {
        // "lporg" or "lp-org" reads as a word: a name needs three letters to be recognised without its dot.
        if (t.label.length < 3 && (host.startsWith(dotless) || host.startsWith(hyphened))) continue;
        expect({ host, caught: caughtAs(host, t, ["target-embedding"]) }).toEqual({ host, caught: true });
      }
    }
  });

  it("brand-token: the name beside a sign-in word", () => {
    fc.assert(
      fc.property(target, fc.constantFrom(...CREDENTIAL_WORDS), fc.boolean(), (t, word, before) => {
        const host = before ? `${word}-${t.label}.com` : `${t.label}-${word}.net`;
        if (host.startsWith(`${t.domain}-`)) return;
        expect({ host, caught: caughtAs(host, t, ["brand-token", "target-embedding"]) }).toEqual({
          host,
          caught: true,
        });
      }),
      { numRuns: 300 },
    );
  });

  it("tld-swap: names of four or more letters that are not ordinary words, on a new ending; government names anywhere", () => {
    for (const t of targets) {
      if (t.common || t.label.length < 4) continue;
      for (const ending of [
        "group",
        "services",
        "online",
        ...(["gov", "mil"].includes(t.suffix) ? ["com", "org"] : []),
      ]) {
        const host = `${t.label}.${ending}`;
        expect({ host, caught: caughtAs(host, t, ["tld-swap"]) }).toEqual({ host, caught: true });
      }
    }
  });

  it("typo: one letter added, dropped, changed or two swapped, in names of five or more letters", () => {
    /** Each one-slip spelling of s, with where the slip is. */
    const edits = (s: string): [string, number][] => {
      const out: [string, number][] = [];
      for (let i = 1; i < s.length; i++) {
        out.push([s.slice(0, i) + s.slice(i + 1), i]); // dropped
        out.push([s.slice(0, i) + "x" + s.slice(i), i]); // added
        out.push([s.slice(0, i) + (s[i] === "q" ? "z" : "q") + s.slice(i + 1), i]); // changed
        if (i + 1 < s.length) out.push([s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2), i]); // swapped
      }
      return out;
    };
    for (const t of targets) {
      if (t.common || t.labelSkeleton.length < MIN_TYPO_LENGTH || !/^[a-z0-9]+$/.test(t.label)) continue;
      for (const [label, at] of edits(t.label)) {
        // Known limit: the skeleton spells m and w as rn and vv, so a slip at or beside them
        // ("dmeocrats", "deocrats") is two skeleton edits away and not a typo match.
        if (/[mw]/.test(t.label.slice(at - 1, at + 2))) continue;
        const s = skeleton(label);
        // Chromium's false-positive filters, ordinary words and other protected names are not typos.
        if (label.length < MIN_TYPO_LENGTH || s === t.labelSkeleton || protectedSkeletons.has(s)) continue;
        if (isLikelyTypoFalsePositive(s, t.labelSkeleton) || COMMON_WORDS.has(label) || label.includes("-"))
          continue;
        const host = `${label}.${t.suffix}`;
        expect({ host, caught: caughtAs(host, t, ["typo", "homograph"]) }).toEqual({ host, caught: true });
      }
    }
  });

  it("idn-spoof: a Latin name with one Cyrillic letter breaks the browsers' IDN rules", () => {
    for (const t of targets) {
      const i = [...t.label].findIndex((ch) => ch === "o" || ch === "a" || ch === "e");
      if (i < 0) continue;
      const host = `${t.label.slice(0, i)}${{ o: "о", a: "а", e: "е" }[t.label[i] as "o" | "a" | "e"]}${t.label.slice(i + 1)}.${t.suffix}`;
      expect({ host, caught: caughtAs(host, t, ["idn-spoof"]) }).toEqual({ host, caught: true });
    }
  });

  it("known-spoof: every entry of the bundled spoof list, and hosts under it", () => {
    const full = buildDomainIndex(lists);
    for (const s of spoofEntries(lists.spoofs)) {
      for (const host of [s.domain, `login.${s.domain}`]) {
        const m = checkDomain(host, full).matches.find((x) => x.technique === "known-spoof");
        expect({ host, known: m?.imitates }).toEqual({ host, known: s.imitates });
      }
    }
  });
});

describe("the real thing stays clean", () => {
  it("every protected domain and every allowed sibling, and hosts under them", () => {
    for (const domain of [...lists.protected.map((p) => p.domain), ...lists.allow.map((a) => a.domain)]) {
      for (const host of [domain, `www.${domain}`, `login.mail.${domain}`]) {
        expect({ host, matches: checkDomain(host, index).matches }).toEqual({ host, matches: [] });
      }
    }
  });
});
