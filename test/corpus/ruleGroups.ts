/**
 * Which rules each corpus rate counts. One place, so that a renamed or added rule is updated once:
 * every rule id must exist in the engine (test/corpus/ruleGroups.test.ts checks).
 */

/** Rules about who sent the message: spoofed, look-alike or unauthenticated senders, borrowed names. */
export const SENDER_RULES: ReadonlySet<string> = new Set([
  "sender-known-spoof",
  "sender-lookalike-domain",
  "sender-auth-failed",
  "display-name-impersonation",
  "reply-to-elsewhere",
  "sender-misaligned",
  "free-tenant-sender",
]);

/** Rules about where the message's links and forms go. */
export const LINK_RULES: ReadonlySet<string> = new Set([
  "link-lookalike-domain",
  "link-text-mismatch",
  "link-disguised-host",
  "link-dangerous-scheme",
  "form-offsite",
  "credential-lure",
  "link-shortener-hosting",
]);

/** The rule that must never fire on ham: a sender on the documented spoof list. */
export const KNOWN_SPOOF_RULE = "sender-known-spoof";
