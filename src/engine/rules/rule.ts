import type { Finding, Severity } from "../analysis";
import type { Context } from "../context";
import type { MessageSnapshot } from "../message";

export interface RuleMeta {
  title: string;
  /** Severity when the rule has no reason to pick another. */
  severity: Severity;
  /** Training tip id in engine/tips. */
  tip: string;
  /** One sentence on what the rule looks for. */
  docs: string;
}

/** One check, in the style of an ESLint rule: adding a rule is adding a file and one registry line. */
export interface Rule {
  id: string;
  meta: RuleMeta;
  check(message: MessageSnapshot, context: Context): Finding[];
}
