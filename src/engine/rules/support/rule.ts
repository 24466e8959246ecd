import type { Category, Evidence, Severity } from "../../analysis";
import type { Context } from "../../context";
import type { MessageFacts } from "../../facts/messageFacts";
import type { Text } from "../../words/language";

export type { Category };

/** A finding's words: a title and one or two sentences, each a template in every language. */
export interface MessageTemplate<D> {
  title: Text<D>;
  detail: Text<D>;
}

/** A rule's messages by id; each has its own data type (`never` accepts them all). */
export type Messages = Record<string, MessageTemplate<never>>;

type DataOf<T> = T extends MessageTemplate<infer D> ? D : never;

/** What a rule reports: which message, its data, and the evidence; `analyze()` makes the finding. */
export type Report<M extends Messages = Messages> = {
  [K in keyof M & string]: {
    message: K;
    data: DataOf<M[K]>;
    /** When the finding is more or less serious than the rule's usual one. */
    severity?: Severity;
    evidence: Evidence;
    /** When a more specific training tip fits than the rule's own. */
    tip?: string;
    /** Counts only beside a sign of another kind. */
    booster?: boolean;
  };
}[keyof M & string];

export interface RuleMeta<M extends Messages = Messages> {
  category: Category;
  /** The severity of the rule's findings unless a report says otherwise. */
  severity: Severity;
  /** Training tip id in engine/tips. */
  tip: string;
  /** One sentence on what the rule looks for. */
  docs: string;
  messages: M;
}

/** A report as the registry sees it: any of the rule's messages, with its data. */
export interface AnyReport {
  message: string;
  data: unknown;
  severity?: Severity;
  evidence: Evidence;
  tip?: string;
  booster?: boolean;
}

/**
 * One check, in the style of an ESLint rule: it reads the message's facts and reports what it
 * finds. Adding a rule is adding a file named by its id, its tip, its weights and one registry line.
 */
export interface Rule {
  id: string;
  meta: RuleMeta;
  check(facts: MessageFacts, context: Context): readonly AnyReport[];
}

/** A rule while it is written: its reports are checked against its own messages. */
export interface TypedRule<M extends Messages> {
  id: string;
  meta: RuleMeta<M>;
  check(facts: MessageFacts, context: Context): Report<M>[];
}

/** Keeps a rule's reports tied to its own messages at compile time; the registry takes the result. */
export function defineRule<M extends Messages>(rule: TypedRule<M>): Rule {
  return rule;
}
