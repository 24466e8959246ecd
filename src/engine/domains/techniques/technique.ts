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
}

/**
 * The match for one imitated target, with the technique's own severity. The explanation is written
 * on first read: deciding is the hot path, and most callers that only need the verdict never read it.
 * It stays an own enumerable property, so JSON and spreading include it.
 */
export function matchFor(technique: Technique, target: ProtectedTarget, explain: () => string): DomainMatch {
  let text: string | undefined;
  return {
    technique: technique.id,
    severity: technique.severity,
    imitates: [target.domain],
    get explanation() {
      text ??= explain();
      return text;
    },
  };
}
