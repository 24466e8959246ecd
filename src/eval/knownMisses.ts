import type { MessageRecord } from "./evaluate";

/**
 * Why a real phishing message can end at "ok" with nothing found. Each known miss below was read by
 * a person and given one of these reasons; `npm run eval` counts them, and the corpus test fails on
 * a silent miss that is not listed, so that every message the engine lets through is explained.
 */
export const MISS_REASONS = {
  "authenticated-bulk":
    "an authenticated bulk mailing from the sender's own domain, linking to its own or its mailing service's site (crypto contests, dating, loans, miracle products): sender, authentication and links agree; only the offer is a scam",
  "hijacked-mailbox":
    "a short note from a real, authenticated mailbox (a university, company or public-office account taken over) without a link: only the story gives it away, in words the lure lexicon does not know",
  "platform-notification":
    "a real service's own notification (help desk, website sign-up, code host, e-signature, events) carrying the attacker's text in a field the service fills in",
  "free-mail-note":
    "a note from a free mailbox without a link, a fortune or scam words the lexicon knows: a first contact to start a conversation",
  "attachment-only":
    "the lure is in an attachment the engine does not read (a PDF without links, a picture, an archive); the body says almost nothing",
  "legitimate-notice":
    "a genuine organisation's notice that the corpus labels phishing: nothing in it is false",
  other: "another reason, given in the note",
} as const;

export type MissReason = keyof typeof MISS_REASONS;

export interface KnownMiss {
  reason: MissReason;
  /** One line on this message: who it claims to be and what it wants. */
  note: string;
}

/** Keyed by the message's name as eval prints it ("phishing-tune/sample-3605.eml"). */
export const KNOWN_MISSES: Readonly<Record<string, KnownMiss>> = {};

/** A phishing message the engine analysed and left at "ok" without a single finding. */
export function isSilentMiss(r: MessageRecord): boolean {
  return r.kind === "phishing" && r.verdict === "ok" && r.findings.length === 0;
}

export function knownMiss(
  r: MessageRecord,
  misses: Readonly<Record<string, KnownMiss>> = KNOWN_MISSES,
): KnownMiss | undefined {
  return Object.hasOwn(misses, r.label) ? misses[r.label] : undefined;
}
