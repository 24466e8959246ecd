import type { HeaderField } from "./headers/headerBlock";
import type { MessageSnapshot } from "./message";

/**
 * Budgets for hostile input, so that a message built to exhaust the reader (10,000 attachments,
 * 100,000 links, a thousand Received lines) costs a bounded time in the engine and a bounded number of
 * rows in every face. What is left out is counted, never silently dropped: `Analysis.truncated`.
 */
export const LIMITS = {
  /** Distinct links collected from the body and embedded content (the link extractor's cap). */
  links: 2_000,
  /** Attachments looked at; real mail has a handful, archives a few hundred. */
  attachments: 500,
  /** Each of Reply-To, To and Cc. */
  addresses: 200,
  /** Received lines read for the route; a real route has fewer than 20 hops. */
  receivedHops: 100,
  /** Findings kept per rule: the strongest, the last of them counting the rest (`Finding.more`). */
  findingsPerRule: 5,
} as const;

/** How much of each list the engine left out; absent when nothing was. */
export interface Truncated {
  /** The body had more links than `LIMITS.links` (or more URL-like text than is read). */
  links?: true;
  attachments?: number;
  addresses?: number;
  receivedHops?: number;
  /** Findings left out, by rule id. */
  findings?: Record<string, number>;
}

function clip<T>(list: readonly T[], max: number, count: (n: number) => void): T[] {
  if (list.length <= max) return list as T[];
  count(list.length - max);
  return list.slice(0, max);
}

/** The message with its lists cut to their budgets, and how much was cut. */
export function boundSnapshot(message: MessageSnapshot): { message: MessageSnapshot; truncated: Truncated } {
  const truncated: Truncated = {};
  const addresses = (n: number) => (truncated.addresses = (truncated.addresses ?? 0) + n);
  const attachments = (n: number) => (truncated.attachments = n);
  const bounded: MessageSnapshot = {
    ...message,
    attachments: clip(message.attachments, LIMITS.attachments, attachments),
    replyTo: clip(message.replyTo, LIMITS.addresses, addresses),
    to: clip(message.to, LIMITS.addresses, addresses),
    cc: clip(message.cc, LIMITS.addresses, addresses),
  };
  return { message: bounded, truncated };
}

/** The header fields with Received lines past the budget left out (the topmost, nearest hops stay). */
export function boundReceived(fields: readonly HeaderField[], truncated: Truncated): readonly HeaderField[] {
  let hops = 0;
  const kept = fields.filter((f) => f.key !== "received" || ++hops <= LIMITS.receivedHops);
  if (hops > LIMITS.receivedHops) truncated.receivedHops = hops - LIMITS.receivedHops;
  return kept;
}
