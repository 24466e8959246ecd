import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { sharedData } from "../support/sharedData";
import {
  caughtShare,
  checkHost,
  lookalikeHosts,
  scan,
  suspiciousRates,
  verdictCounts,
  type Scanned,
} from "./scan";
import { LINK_RULES, SENDER_RULES } from "./ruleGroups";
import { KNOWN_MISSES } from "../../src/eval/knownMisses";

/**
 * Real mail from ../shared/data beside the repository: phishing-tune (495 phishing messages),
 * phishing-extra (1,810 more) and modern-ham (1,000 mailing-list messages with today's authentication
 * headers). Each folder is read and analysed once. Without ../shared, sharedData() says so and the
 * checks pass without asserting on it.
 */
const dirs = {
  tune: sharedData("phishing-tune"),
  extra: sharedData("phishing-extra"),
  modernHam: sharedData("modern-ham"),
};
const scanned: { tune?: Scanned[]; extra?: Scanned[]; modernHam?: Scanned[] } = {};

/** Every *.eml below a folder (README and licence files are not mail). */
function emlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".eml"))
    .sort()
    .map((f) => join(dir, f));
}

async function scanFolder(dir: string | undefined, ham: boolean): Promise<Scanned[] | undefined> {
  if (!dir) return undefined;
  const out: Scanned[] = [];
  for (const file of emlFiles(dir))
    out.push(await scan(basename(file), new Uint8Array(readFileSync(file)), ham));
  return out;
}

beforeAll(async () => {
  scanned.tune = await scanFolder(dirs.tune, false);
  scanned.extra = await scanFolder(dirs.extra, false);
  scanned.modernHam = await scanFolder(dirs.modernHam, true);
}, 600_000);

const failures = (list: Scanned[]) => list.filter((m) => m.rulesFailed > 0).map((m) => m.id);

describe("phishing-tune (real phishing)", () => {
  it("reads every message of the real phishing set", () => {
    const files = scanned.tune;
    if (!files) return;
    const verdicts = verdictCounts(files);
    process.stdout.write(`phishing-tune: ${files.length} messages, verdicts ${JSON.stringify(verdicts)}\n`);
    expect(files.length).toBeGreaterThan(400);
    expect(verdicts.unreadable ?? 0).toBe(0);
    expect(failures(files)).toEqual([]);
  });

  it("reports how many of the real phishing set carry a look-alike domain", () => {
    const files = scanned.tune;
    if (!files) return;
    const techniques = new Map<string, number>();
    let hit = 0;
    for (const m of files) {
      const hosts = lookalikeHosts(m);
      if (hosts.length > 0) hit++;
      for (const t of new Set(hosts.flatMap((h) => checkHost(h).matches.map((x) => x.technique)))) {
        techniques.set(t, (techniques.get(t) ?? 0) + 1);
      }
    }
    process.stdout.write(
      `look-alike: phishing-tune ${hit}/${files.length} messages with a look-alike domain; by technique ${JSON.stringify(Object.fromEntries(techniques))}\n`,
    );
    expect(files.length).toBeGreaterThan(400);
  });
});

describe("phishing-extra (more real phishing)", () => {
  it("reads every message, and no rule throws", () => {
    const files = scanned.extra;
    if (!files) return;
    process.stdout.write(
      `phishing-extra: ${files.length} messages, verdicts ${JSON.stringify(verdictCounts(files))}\n`,
    );
    expect(files.length).toBeGreaterThan(1700);
    expect(verdictCounts(files).unreadable ?? 0).toBe(0);
    expect(failures(files)).toEqual([]);
  });
});

describe("modern-ham (legitimate mail with today's authentication headers)", () => {
  it("reads every message, and no rule throws", () => {
    const files = scanned.modernHam;
    if (!files) return;
    process.stdout.write(
      `modern-ham: ${files.length} messages, verdicts ${JSON.stringify(verdictCounts(files))}\n`,
    );
    expect(files.length).toBeGreaterThan(900);
    expect(verdictCounts(files).unreadable ?? 0).toBe(0);
    expect(failures(files)).toEqual([]);
  });

  it("sender rules flag at most 1% and link rules at most 2% of it suspicious or worse (the SpamAssassin limits)", () => {
    const files = scanned.modernHam;
    if (!files) return;
    const sender = suspiciousRates("modern-ham sender rules", SENDER_RULES, files);
    const links = suspiciousRates("modern-ham link rules", LINK_RULES, files);
    process.stdout.write(sender.report + links.report);
    expect(sender.hamFlagged / sender.ham).toBeLessThanOrEqual(0.01);
    expect(links.hamFlagged / links.ham).toBeLessThanOrEqual(0.02);
  });
});

/**
 * Detection on the checking halves, as `npm run eval` reports it. Before the explainable score (issue
 * 11) 26.7% of phishing-tune's and 24.1% of phishing-extra's checking halves were suspicious or worse;
 * with the brand, lure, sender and body signals (issue 12) 90.6% are (1,040 of 1,148). The floor is
 * the goal, 90%: a change that loses more than six of them fails here.
 */
describe("detection on the checking halves", () => {
  it("calls at least 90% of real phishing suspicious or worse", () => {
    const phishing = [...(scanned.tune ?? []), ...(scanned.extra ?? [])];
    if (phishing.length === 0) return;
    const { share, line } = caughtShare("phishing-tune + phishing-extra", phishing, "checking");
    process.stdout.write(line);
    expect(share).toBeGreaterThanOrEqual(0.9);
  });

  it("explains every phishing message left at ok with nothing found (src/eval/knownMisses.ts)", () => {
    if (!scanned.tune && !scanned.extra) return;
    const silent = [
      ...(scanned.tune ?? []).map((m) => [`phishing-tune/${m.id}`, m] as const),
      ...(scanned.extra ?? []).map((m) => [`phishing-extra/${m.id}`, m] as const),
    ]
      .filter(([, m]) => !m.unreadable && m.verdict === "ok" && m.findings.length === 0)
      .map(([name]) => name);
    const unexplained = silent.filter((name) => !Object.hasOwn(KNOWN_MISSES, name));
    process.stdout.write(
      `silent misses (both halves): ${silent.length}, unexplained: ${unexplained.length}\n`,
    );
    expect(unexplained).toEqual([]);
  });

  it("calls at most 1% of modern ham suspicious or worse", () => {
    if (!scanned.modernHam) return;
    const { share, line } = caughtShare("modern-ham", scanned.modernHam, "checking");
    process.stdout.write(line);
    expect(share).toBeLessThanOrEqual(0.01);
  });
});
