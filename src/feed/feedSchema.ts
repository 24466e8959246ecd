import * as z from "../zod";
import { spoofListOf, type DomainLists, type SpoofList } from "../engine";
import { isPlainSpoof } from "./plainSpoof";
import { readSpoofColumns } from "./spoofColumns";

const isoDate = z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), "must be an ISO-8601 date"));
const text = z.string().check(z.minLength(1), z.maxLength(500));
const nonEmpty = z.string().check(z.minLength(1));

/** A heightened alert ("Election week: expect fake Senate sign-in pages"), shown while its window is open. */
export const noticeSchema = z.strictObject({
  text: z.object({ en: text, es: text }),
  from: isoDate,
  until: isoDate,
  severity: z.enum(["info", "warning", "alert"]),
});

export type FeedNotice = z.infer<typeof noticeSchema>;

export const spoofSchema = z.object({
  domain: nonEmpty,
  imitates: z.array(z.string()),
  technique: z.string(),
  source: z.url(),
  reported: z.string(),
  actor: z.optional(z.string()),
});

/**
 * A feed as the add-in uses it. On the wire, format 1 lists each spoof as an object; format 2 (what
 * `feed build` writes) stores them as columns (spoofColumns.ts). Both are read.
 */
export const feedSchema = z.object({
  format: z.literal([1, 2]),
  version: z.int().check(z.gte(0)),
  issued: isoDate,
  expires: isoDate,
  protected: z.array(z.object({ domain: nonEmpty, name: z.string(), category: z.string() })),
  spoofs: z.array(spoofSchema),
  allow: z.array(z.object({ domain: nonEmpty, owner: z.string() })),
  notice: z.optional(noticeSchema),
});

export type Spoof = z.infer<typeof spoofSchema>;

/** A feed in use: its spoofs by number, an entry made when asked for (see spoofColumns.ts). */
export type Feed = Omit<z.infer<typeof feedSchema>, "spoofs"> & { spoofs: SpoofList<Spoof> };

/** Reads a feed document strictly: anything invalid, one spoof entry included, throws an Error naming it. */
export function parseFeed(json: unknown): Feed {
  let read: ReturnType<typeof parseFeedLeniently>;
  try {
    read = parseFeedLeniently(json);
  } catch (error) {
    throw new Error((error as Error).message.replace(/^invalid feed/, "Invalid feed"));
  }
  const bad = read.skipped[0];
  if (bad) throw new Error(`Invalid feed: spoofs.${bad.index}: ${bad.reason}`);
  return read.feed;
}

export function feedLists(feed: Feed): DomainLists {
  return { protected: feed.protected, spoofs: feed.spoofs, allow: feed.allow };
}

/**
 * Validates a downloaded feed: a bad spoof entry is left out and reported, anything else wrong throws
 * an Error naming the first bad field.
 */
export function parseFeedLeniently(json: unknown): { feed: Feed; skipped: Skipped } {
  if (typeof json !== "object" || json === null || Array.isArray(json))
    throw new Error("invalid feed: (root): not an object");
  const spoofs = (json as { spoofs?: unknown }).spoofs;
  const format = (json as { format?: unknown }).format;
  // Everything but the spoofs first, then each spoof once: a bad one is left out, not fatal.
  const result = feedSchema.safeParse({ ...json, spoofs: [] });
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`invalid feed: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  if (format === 1 && !Array.isArray(spoofs)) throw new Error("invalid feed: spoofs: not a list");
  const read = format === 2 ? readSpoofColumns(spoofs) : readSpoofList(spoofs as unknown[]);
  return { feed: { ...result.data, spoofs: read.spoofs }, skipped: read.skipped };
}

/** Format 1's spoofs, a list of objects. */
function readSpoofList(spoofs: unknown[]): { spoofs: Feed["spoofs"]; skipped: Skipped } {
  const skipped: Skipped = [];
  // The parsed list itself while every entry is kept as parsed; a copy only from the first that is not.
  let kept: Spoof[] | undefined;
  spoofs.forEach((entry, index) => {
    if (isPlainSpoof(entry)) {
      kept?.push(entry);
      return;
    }
    kept ??= spoofs.slice(0, index) as Spoof[];
    const parsed = spoofSchema.safeParse(entry);
    if (parsed.success) kept.push(parsed.data);
    else {
      const issue = parsed.error.issues[0];
      skipped.push({ index, reason: `${issue.path.join(".") || "entry"}: ${issue.message}` });
    }
  });
  return { spoofs: spoofListOf(kept ?? (spoofs as Spoof[])), skipped };
}

type Skipped = { index: number; reason: string }[];
