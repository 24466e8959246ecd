/**
 * A table-style tester for engine rules, after ESLint's RuleTester: `valid` messages give the rule
 * nothing to say, `invalid` ones give exactly the findings listed, in order. Every finding is also
 * checked for what every finding owes the reader: words in every language with no hole in them, a
 * tip in every language, and a weight of its own in the weights file.
 */
import type { Finding, Severity } from "../../src/engine/analysis";
import { runRules } from "../../src/engine/analyze";
import { buildFacts } from "../../src/engine/facts/messageFacts";
import { createContext, DEFAULT_SETTINGS, type Context, type EngineSettings } from "../../src/engine/context";
import type { DomainLists } from "../../src/engine/domains/lists";
import { emptySnapshot, type MessageSnapshot } from "../../src/engine/message";
import type { Rule } from "../../src/engine/rules/support/rule";
import { WEIGHTS } from "../../src/engine/score/weights";
import { tipFor, hasTip } from "../../src/engine/tips/tips";
import { LANGUAGES, type Language } from "../../src/engine/words/language";
import { parseEml } from "../../src/eml/parseEml";
import { bundledFeed } from "../../src/feed/bundledFeed";
import { feedLists } from "../../src/feed/feedSchema";
import { exchangeMessage, type MailOptions } from "./exchangeMail";

/** The organisation the rule tests play: a Senate campaign with a candidate whose name can be borrowed. */
export const TEST_SETTINGS: EngineSettings = {
  ...DEFAULT_SETTINGS,
  organizationDomains: ["harperforsenate.org"],
  vipNames: ["Jordan Harper"],
};

export interface RuleCase {
  name: string;
  /** Snapshot fields over an empty .eml snapshot, */
  message?: Partial<MessageSnapshot>;
  /** or an Exchange Online message built from these options, */
  mail?: MailOptions;
  /** or the text of an .eml file. */
  eml?: string;
  settings?: Partial<EngineSettings>;
}

export interface ExpectedFinding {
  message: string;
  severity?: Severity;
  title?: string | RegExp;
  detail?: string | RegExp;
  evidence?: Record<string, unknown>;
  tip?: string;
}

export interface InvalidCase extends RuleCase {
  findings: ExpectedFinding[];
}

export interface RuleTests {
  valid: RuleCase[];
  invalid: InvalidCase[];
}

async function snapshotOf(c: RuleCase): Promise<MessageSnapshot> {
  if (c.eml !== undefined) return parseEml(new TextEncoder().encode(c.eml));
  if (c.mail) return parseEml(new TextEncoder().encode(exchangeMessage(c.mail)));
  return { ...emptySnapshot("eml"), ...c.message };
}

function matches(actual: string, expected: string | RegExp | undefined): void {
  if (expected === undefined) return;
  if (typeof expected === "string") expect(actual).toContain(expected);
  else expect(actual).toMatch(expected);
}

/** Words with a placeholder left empty or an object printed where text belongs. */
const HOLE = /undefined|\[object |NaN|\$\{/;

/** The rule's findings, boosters included (analyze() drops a booster that stands alone). */
function run(rule: Rule, snapshot: MessageSnapshot, context: Context) {
  return runRules(buildFacts(snapshot, context).facts, context, [rule]);
}

function checkEveryLanguage(rule: Rule, snapshot: MessageSnapshot, context: Context): void {
  const inLanguage = (language: Language) =>
    run(rule, snapshot, { ...context, settings: { ...context.settings, language } }).findings;
  const english: Finding[] = inLanguage("en");
  for (const language of LANGUAGES) {
    const localized = inLanguage(language);
    expect(localized.map((f) => f.message)).toEqual(english.map((f) => f.message));
    for (const f of localized) {
      expect(f.title).not.toMatch(HOLE);
      expect(f.detail).not.toMatch(HOLE);
      expect(f.title.trim()).not.toBe("");
      expect(tipFor(f.tip, language).title).not.toBe("");
    }
    if (language !== "en") {
      localized.forEach((f, i) => expect(f.detail).not.toBe(english[i].detail));
    }
  }
}

/** Registers a describe block for the rule with one test per case. */
export function ruleTester(rule: Rule, tests: RuleTests, options: { lists?: DomainLists } = {}): void {
  const lists = options.lists ?? feedLists(bundledFeed());
  const contexts = new Map<string, Context>();
  const contextFor = (settings: Partial<EngineSettings> | undefined): Context => {
    const key = JSON.stringify(settings ?? {});
    let context = contexts.get(key);
    if (!context) {
      context = createContext(lists, { ...TEST_SETTINGS, ...settings }, new Date("2026-01-01T00:00:00Z"));
      contexts.set(key, context);
    }
    return context;
  };

  describe(rule.id, () => {
    if (tests.valid.length > 0) {
      it.each(tests.valid.map((c) => [c.name, c] as const))("valid: %s", async (_name, c) => {
        const result = run(rule, await snapshotOf(c), contextFor(c.settings));
        expect(result.failures).toEqual([]);
        expect(result.findings.map((f) => `${f.message}: ${f.title}`)).toEqual([]);
      });
    }
    if (tests.invalid.length === 0) return;
    it.each(tests.invalid.map((c) => [c.name, c] as const))("invalid: %s", async (_name, c) => {
      const snapshot = await snapshotOf(c);
      const context = contextFor(c.settings);
      const result = run(rule, snapshot, context);
      expect(result.failures).toEqual([]);
      expect(result.findings.map((f) => `${f.message}:${f.severity}`)).toEqual(
        c.findings.map((f) => `${f.message}:${f.severity ?? rule.meta.severity}`),
      );
      result.findings.forEach((f, i) => {
        const want = c.findings[i];
        matches(f.title, want.title);
        matches(f.detail, want.detail);
        if (want.evidence) expect(f.evidence).toMatchObject(want.evidence);
        if (want.tip) expect(f.tip).toBe(want.tip);
        expect(hasTip(f.tip)).toBe(true);
        expect(WEIGHTS[rule.id]?.[f.severity]).toBeDefined();
        expect(f.weight).toBe(WEIGHTS[rule.id]?.[f.severity]?.[0]);
      });
      expect(JSON.parse(JSON.stringify(result.findings))).toEqual(result.findings);
      checkEveryLanguage(rule, snapshot, context);
    });
  });
}
