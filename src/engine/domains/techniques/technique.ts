import type { Severity } from "../../analysis";
import type { Language } from "../../words/language";
import type { DomainIndex, ProtectedTarget } from "../domainIndex";
import type { DomainSubject } from "../subject";

export const TECHNIQUE_IDS = [
  "known-spoof",
  "homograph",
  "target-embedding",
  "tld-swap",
  "brand-token",
  "typo",
  "idn-spoof",
] as const;
export type TechniqueId = (typeof TECHNIQUE_IDS)[number];

/** The common answer, shared: a technique that finds nothing allocates nothing. */
export const NO_MATCHES: readonly DomainMatch[] = Object.freeze([]);

export interface DomainMatch {
  technique: TechniqueId;
  severity: Severity;
  /** Registrable domains imitated; empty when the domain is deceptive but its target is unknown. */
  imitates: string[];
  /** Plain English: what imitates what, and exactly how (for JSON and the CLI). */
  readonly explanation: string;
  /** The same in the reader's language. */
  explain(language: Language): string;
  /** Public source of a documented case. */
  source?: string;
}

/** One way a domain can imitate another; like an ESLint rule, each lives in its own module. */
export interface Technique {
  id: TechniqueId;
  severity: Severity;
  /** One line for documentation and the CLI's help. */
  description: string;
  find(subject: DomainSubject, index: DomainIndex): readonly DomainMatch[];
  /**
   * Finds nothing unless a label or token of the domain, or its skeleton, is a protected name (or a
   * protected domain without its dot): skipped when `DomainIndex.mentionsProtectedName` says none is.
   */
  needsProtectedName?: boolean;
}

/**
 * A match whose explanation is written on first read: deciding is the hot path, and most callers
 * that only need the verdict never read it. A class with a prototype getter, because V8 builds an
 * object literal with an accessor about ten times slower. `toJSON` puts the explanation into JSON.
 */
class LazyMatch implements DomainMatch {
  readonly technique: TechniqueId;
  readonly severity: Severity;
  readonly imitates: string[];
  readonly source?: string;
  private text: string | undefined;
  private readonly writer: (language: Language) => string;

  constructor(
    technique: Technique,
    imitates: string[],
    writer: (language: Language) => string,
    source?: string,
  ) {
    this.technique = technique.id;
    this.severity = technique.severity;
    this.imitates = imitates;
    this.writer = writer;
    if (source !== undefined) this.source = source;
  }

  get explanation(): string {
    this.text ??= this.writer("en");
    return this.text;
  }

  explain(language: Language): string {
    return language === "en" ? this.explanation : this.writer(language);
  }

  toJSON(): Omit<DomainMatch, "explain"> {
    return {
      technique: this.technique,
      severity: this.severity,
      imitates: this.imitates,
      explanation: this.explanation,
      ...(this.source === undefined ? {} : { source: this.source }),
    };
  }
}

/** The match for one imitated target, with the technique's own severity. */
export function matchFor(
  technique: Technique,
  target: ProtectedTarget,
  explain: (language: Language) => string,
): DomainMatch {
  return new LazyMatch(technique, [target.domain], explain);
}

/** A match for several targets, or none (a deceptive name whose target is unknown). */
export function matchOf(
  technique: Technique,
  imitates: string[],
  explain: (language: Language) => string,
  source?: string,
): DomainMatch {
  return new LazyMatch(technique, imitates, explain, source);
}

/** True when one of `found` already imitates t: a technique reports each target once. */
export function hasMatchFor(found: readonly DomainMatch[] | undefined, t: ProtectedTarget): boolean {
  if (found) for (const m of found) if (m.imitates[0] === t.domain) return true;
  return false;
}
