import * as z from "../../zod";
import { spoofEntries, spoofListOf } from "../../engine";
import { feedSchema, noticeSchema, spoofSchema, type Feed, type Spoof } from "../feedSchema";
import { writeSpoofColumns } from "./writeSpoofColumns";

/** The publisher's source file: what the feed says, without the release fields the builder sets. */
export const feedSourceSchema = z.strictObject({
  $comment: z.optional(z.string()),
  /** How long a feed built from this source stays valid; an older copy is refused as a replay. */
  validDays: z.int().check(z.gte(1), z.lte(3650)),
  protected: feedSchema.shape.protected,
  /** Loosely typed here so that one bad entry is reported and left out, not fatal. */
  spoofs: z.array(z.unknown()),
  allow: feedSchema.shape.allow,
  notice: z.optional(noticeSchema),
});

export type FeedSource = z.infer<typeof feedSourceSchema>;

/** The release fields: a version above every earlier one and the moment it was issued. */
export interface Release {
  version: number;
  issued: Date;
}

export interface BuiltFeed {
  feed: Feed;
  /** Spoof entries left out, each with why (no public https source, invalid, duplicate). */
  skipped: { index: number; domain: string; reason: string }[];
}

const DAY_MS = 86_400_000;

/**
 * The next release after `previous`: its version plus one, issued now or, if the clock says otherwise,
 * one second after the previous issue, so that version and issued both only ever grow.
 */
export function nextRelease(previous: Pick<Feed, "version" | "issued"> | undefined, now: Date): Release {
  if (!previous) return { version: 1, issued: wholeSeconds(now) };
  const after = Date.parse(previous.issued) + 1000;
  return { version: previous.version + 1, issued: wholeSeconds(new Date(Math.max(now.getTime(), after))) };
}

function wholeSeconds(d: Date): Date {
  return new Date(Math.floor(d.getTime() / 1000) * 1000);
}

function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** Turns a source into a feed document: sourced spoofs only, each domain once, in source order. */
export function buildFeed(source: FeedSource, release: Release): BuiltFeed {
  const skipped: BuiltFeed["skipped"] = [];
  const seen = new Set<string>();
  const spoofs: Spoof[] = [];
  source.spoofs.forEach((raw, index) => {
    const domainOf = (raw as { domain?: unknown } | null)?.domain;
    const domain = typeof domainOf === "string" ? domainOf : "(no domain)";
    const parsed = spoofSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      skipped.push({ index, domain, reason: `${issue.path.join(".") || "entry"}: ${issue.message}` });
      return;
    }
    const entry = { ...parsed.data, domain: parsed.data.domain.trim().toLowerCase() };
    if (!entry.source.startsWith("https://")) {
      skipped.push({ index, domain, reason: "no public https source" });
    } else if (seen.has(entry.domain)) {
      skipped.push({ index, domain, reason: "listed twice" });
    } else {
      seen.add(entry.domain);
      spoofs.push(entry);
    }
  });
  const feed: Feed = {
    format: 2,
    version: release.version,
    issued: isoSeconds(release.issued),
    expires: isoSeconds(new Date(release.issued.getTime() + source.validDays * DAY_MS)),
    protected: source.protected,
    spoofs: spoofListOf(spoofs),
    allow: source.allow,
    ...(source.notice ? { notice: source.notice } : {}),
  };
  return { feed, skipped };
}

/** A list with each item on a line of its own, in compact JSON. */
function lines(items: readonly unknown[]): string {
  return items.length === 0 ? "[]" : `[\n${items.map((item) => JSON.stringify(item)).join(",\n")}\n]`;
}

/** Format 2's spoof columns: each domain and each distinct value on a line, the value numbers on one. */
function spoofsText(spoofs: readonly Spoof[]): string {
  const { domain, columns } = writeSpoofColumns(spoofs);
  const fields = Object.entries(columns).map(
    ([name, { values, of }]) =>
      `${JSON.stringify(name)}:{"values":${lines(values)},\n"of":${JSON.stringify(of)}}`,
  );
  return `{\n${[`"domain":${lines(domain)}`, ...fields].join(",\n")}\n}`;
}

/**
 * The exact bytes that are published and signed, in format 2: each top-level field and each list
 * entry on a line of its own, in compact JSON, and a final newline. Diffable line by line; at 100,000
 * spoofs, columns are half the bytes of one object per entry to download, verify, decode and parse.
 */
export function serializeFeed(feed: Feed): string {
  const fields = Object.entries({ ...feed, format: 2 }).map(([key, value]) => {
    const name = JSON.stringify(key);
    if (key === "spoofs") return `${name}:${spoofsText(spoofEntries(feed.spoofs))}`;
    return `${name}:${Array.isArray(value) ? lines(value) : JSON.stringify(value)}`;
  });
  return `{\n${fields.join(",\n")}\n}\n`;
}
