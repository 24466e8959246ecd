import type { Severity } from "../../analysis";
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
  /** Plain words: what imitates what, and exactly how. */
  explanation: string;
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
  private text: string | undefined;
  private readonly explain: () => string;

  constructor(technique: Technique, target: ProtectedTarget, explain: () => string) {
    this.technique = technique.id;
    this.severity = technique.severity;
    this.imitates = [target.domain];
    this.explain = explain;
  }

  get explanation(): string {
    this.text ??= this.explain();
    return this.text;
  }

  toJSON(): DomainMatch {
    return {
      technique: this.technique,
      severity: this.severity,
      imitates: this.imitates,
      explanation: this.explanation,
    };
  }
}

/** The match for one imitated target, with the technique's own severity. */
export function matchFor(technique: Technique, target: ProtectedTarget, explain: () => string): DomainMatch {
  return new LazyMatch(technique, target, explain);
}

/** True when one of `found` already imitates t: a technique reports each target once. */
export function hasMatchFor(found: readonly DomainMatch[] | undefined, t: ProtectedTarget): boolean {
  if (found) for (const m of found) if (m.imitates[0] === t.domain) return true;
  return false;
}
