import * as z from "../zod";
import type { DomainLists } from "../engine";
import { isPlainSpoof } from "./plainSpoof";

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

export const feedSchema = z.object({
  format: z.literal(1),
  version: z.int().check(z.gte(0)),
  issued: isoDate,
  expires: isoDate,
  protected: z.array(z.object({ domain: nonEmpty, name: z.string(), category: z.string() })),
  spoofs: z.array(spoofSchema),
  allow: z.array(z.object({ domain: nonEmpty, owner: z.string() })),
  notice: z.optional(noticeSchema),
});

export type Feed = z.infer<typeof feedSchema>;

/** Validates a feed document; throws an Error whose message names the first bad field. */
export function parseFeed(json: unknown): Feed {
  const result = feedSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`Invalid feed: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  return result.data;
}

export function feedLists(feed: Feed): DomainLists {
  return { protected: feed.protected, spoofs: feed.spoofs, allow: feed.allow };
}

/**
 * Validates a downloaded feed: a bad spoof entry is left out and reported, anything else wrong throws
 * an Error naming the first bad field.
 */
export function parseFeedLeniently(json: unknown): {
  feed: Feed;
  skipped: { index: number; reason: string }[];
} {
  if (typeof json !== "object" || json === null || Array.isArray(json))
    throw new Error("invalid feed: (root): not an object");
  const spoofs = (json as { spoofs?: unknown }).spoofs;
  if (!Array.isArray(spoofs)) throw new Error("invalid feed: spoofs: not a list");
  // Everything but the spoofs first, then each spoof once: a bad one is left out, not fatal.
  const result = feedSchema.safeParse({ ...json, spoofs: [] });
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`invalid feed: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  const skipped: { index: number; reason: string }[] = [];
  // The parsed list itself while every entry is kept as parsed; a copy only from the first that is not.
  let kept: Feed["spoofs"] | undefined;
  spoofs.forEach((entry, index) => {
    if (isPlainSpoof(entry)) {
      kept?.push(entry);
      return;
    }
    kept ??= spoofs.slice(0, index) as Feed["spoofs"];
    const parsed = spoofSchema.safeParse(entry);
    if (parsed.success) kept.push(parsed.data);
    else skipped.push({ index, reason: parsed.error.issues[0].message });
  });
  return { feed: { ...result.data, spoofs: kept ?? (spoofs as Feed["spoofs"]) }, skipped };
}
