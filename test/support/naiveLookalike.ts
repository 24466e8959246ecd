/**
 * A deliberately naive reference for the look-alike engine: the same decisions, made by scanning
 * every protected and spoof entry per query with a full optimal-string-alignment distance table.
 * Tests check the indexed engine against it; the benchmark measures the speed difference.
 */
import { spoofEntries, type DomainLists } from "../../src/engine";
import { COMMON_WORDS } from "../../src/engine/domains/data/commonWords";
import {
  buildDomainIndex,
  MIN_BRAND_TOKEN_LENGTH,
  MIN_TYPO_LENGTH,
  type ProtectedTarget,
} from "../../src/engine/domains/domainIndex";
import { CREDENTIAL_WORDS, LURE_WORDS } from "../../src/engine/domains/lureWords";
import { normalizeHost } from "../../src/engine/domains/normalize";
import { skeleton } from "../../src/engine/domains/skeleton";
import { domainSubject, type DomainSubject, type Token } from "../../src/engine/domains/subject";
import { swapsEnding } from "../../src/engine/domains/techniques/tldSwap";
import { isLikelyTypoFalsePositive } from "../../src/engine/domains/typoFalsePositives";

/** Optimal string alignment distance: Levenshtein plus adjacent transpositions, full table. */
export function osaDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.length][b.length];
}

export interface NaiveMatcher {
  /** Sorted "technique:imitated,domains" keys, comparable with the engine's matches. */
  check(input: string): string[];
  /** The same for a domain already taken apart: the matching stage alone. */
  checkSubject(subject: DomainSubject): string[];
}

/** The engine's matches in the naive matcher's form. */
export function matchKeys(matches: readonly { technique: string; imitates: string[] }[]): string[] {
  return matches.map((m) => `${m.technique}:${m.imitates.join(",")}`).sort();
}

export function naiveMatcher(lists: DomainLists, organizationDomains: string[] = []): NaiveMatcher {
  // The index is used only for its parsed targets and trust set, never for lookups.
  const parsed = buildDomainIndex(lists, organizationDomains);
  const targets = parsed.targets;
  const spoofs = spoofEntries(lists.spoofs).map((s) => ({ entry: s, host: normalizeHost(s.domain)?.host }));

  const isLureOrBrand = (tok: Token, lures: ReadonlySet<string>, common: boolean) =>
    lures.has(tok.text) || (!common && targets.some((t) => t.labelSkeletons.includes(tok.skeleton)));

  function brandToken(s: DomainSubject, t: ProtectedTarget): boolean {
    const single = s.tokens.filter((k) => k.label === s.registrableLabelIndex).length === 1;
    return s.tokens.some((tok) => {
      if (tok.label === s.registrableLabelIndex && single) return false;
      if (!t.labelSkeletons.includes(tok.skeleton)) return false;
      const lures = t.common
        ? CREDENTIAL_WORDS
        : t.label.length < MIN_BRAND_TOKEN_LENGTH
          ? LURE_WORDS
          : undefined;
      return (
        !lures ||
        s.tokens.some((o) => o !== tok && o.label === tok.label && isLureOrBrand(o, lures, t.common))
      );
    });
  }

  function embedded(s: DomainSubject, t: ProtectedTarget): boolean {
    const cut = (l: string) => l.split("-")[0];
    for (let i = 0; i < s.registrableLabelIndex; i++) {
      for (const span of [2, 3]) {
        const last = i + span - 1;
        if (last >= s.labels.length) break;
        const ascii = [...s.labels.slice(i, last), cut(s.labels[last])].join(".");
        const shown = [...s.unicodeLabels.slice(i, last), cut(s.unicodeLabels[last])].join(".");
        const exact = targets.find((x) => x.domain === ascii);
        const [first, ...ending] = shown.split(".");
        const looksLike =
          t.labelSkeletons.includes(skeleton(first)) && skeleton(ending.join(".")) === t.suffixSkeleton;
        if (exact ? exact === t : looksLike) return true;
      }
    }
    for (let i = 0; i < s.tokens.length; i++) {
      if (t.label.length >= 3 && s.tokens[i].text === t.domain.split(".").join("")) return true;
      for (const span of [2, 3]) {
        const group = s.tokens.slice(i, i + span);
        if (group.length < span || group.some((g) => g.label !== s.tokens[i].label)) break;
        if (t.label.length >= 3 && group.map((g) => g.text).join(".") === t.domain) return true;
      }
    }
    return false;
  }

  function checkSubject(s: DomainSubject): string[] {
    const host = s.host;
    const keys: string[] = [];
    const spoof = spoofs.find((x) => x.host && (host.host === x.host || host.host.endsWith(`.${x.host}`)));
    if (spoof) keys.push(`known-spoof:${spoof.entry.imitates.join(",")}`);
    if (parsed.isTrusted(host.registrable)) return keys.sort();
    const reg = host.registrable;
    const sk = s.labelSkeletons[0];
    for (const t of targets) {
      if (t.domain === reg) continue;
      if (t.labelSkeletons.some((v) => s.labelSkeletons.includes(v)) && t.label !== s.label)
        keys.push(`homograph:${t.domain}`);
      if (embedded(s, t)) keys.push(`target-embedding:${t.domain}`);
      if (swapsEnding(s, t)) keys.push(`tld-swap:${t.domain}`);
      if (brandToken(s, t)) keys.push(`brand-token:${t.domain}`);
      const nearMiss = (name: string, k: string) =>
        k.length >= MIN_TYPO_LENGTH &&
        t.labelSkeleton.length >= MIN_TYPO_LENGTH &&
        !COMMON_WORDS.has(name) &&
        osaDistance(k, t.labelSkeleton) === 1 &&
        !isLikelyTypoFalsePositive(k, t.labelSkeleton);
      const hyphenated = (tok: Token) => s.tokens.filter((o) => o.label === tok.label).length > 1;
      if (
        nearMiss(s.label, sk) ||
        (!t.common && s.tokens.some((tok) => hyphenated(tok) && nearMiss(tok.text, tok.skeleton)))
      ) {
        keys.push(`typo:${t.domain}`);
      }
    }
    if (s.idn.problems.length > 0) keys.push("idn-spoof:");
    return keys.sort();
  }

  return {
    check(input) {
      const host = normalizeHost(input);
      const s = host && domainSubject(host);
      return s ? checkSubject(s) : [];
    },
    checkSubject,
  };
}
