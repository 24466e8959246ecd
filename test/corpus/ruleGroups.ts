/**
 * Which rules each corpus rate counts, taken from the rules' own categories so that a new rule is
 * counted where it belongs without editing this file.
 */
import { RULES } from "../../src/engine";

const ofCategories = (...categories: string[]): ReadonlySet<string> =>
  new Set(RULES.filter((r) => categories.includes(r.meta.category)).map((r) => r.id));

/** Rules about who sent the message: spoofed, look-alike or unauthenticated senders, borrowed names. */
export const SENDER_RULES = ofCategories("sender", "authentication");

/** Rules about where the message's links and forms go. */
export const LINK_RULES = ofCategories("links");

/** The rule that must never fire on ham: a sender on the documented spoof list. */
export const KNOWN_SPOOF_RULE = "sender-known-spoof";
