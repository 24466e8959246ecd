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
    "a short note from a real, authenticated mailbox (a university, company or public-office account taken over), with no link or one to an unlisted site: only the story gives it away, in words the lure lexicon does not know",
  "hijacked-mailing-service":
    "a real company's mailing account or domain, taken over, sends a crypto claim or wallet lure under another name: authenticated, and linked through the company's own tracking",
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
export const KNOWN_MISSES: Readonly<Record<string, KnownMiss>> = {
  "phishing-extra/sample-1086.eml": {
    reason: "free-mail-note",
    note: "student-loan relief pitch from a free mailbox, words split by invisible joiners the text scan does not count",
  },
  "phishing-extra/sample-1165.eml": {
    reason: "platform-notification",
    note: "a live-chat service's ticket echo carrying a 'crypto income' form link",
  },
  "phishing-extra/sample-1169.eml": {
    reason: "legitimate-notice",
    note: "a pharmacy-benefit programme's newsletter for a drugstore chain, linking to the chain's own domain",
  },
  "phishing-extra/sample-1248.eml": {
    reason: "other",
    note: "callback scam: a fake Norton renewal from a free mailbox with a phone number; no link",
  },
  "phishing-extra/sample-1282.eml": {
    reason: "hijacked-mailing-service",
    note: "wallet 'KYC verification' lure from a small software company's own authenticated domain",
  },
  "phishing-extra/sample-1361.eml": {
    reason: "other",
    note: "claims Trust Wallet written with capital I for l ('WaIIet'), which the brand matcher did not read",
  },
  "phishing-extra/sample-1370.eml": {
    reason: "authenticated-bulk",
    note: "tool-reward teaser wrapped around a copied marketing newsletter; links to unrelated sites",
  },
  "phishing-extra/sample-1488.eml": {
    reason: "authenticated-bulk",
    note: "tool-upgrade teaser wrapped around a copied advocacy newsletter",
  },
  "phishing-extra/sample-1514.eml": {
    reason: "other",
    note: "celebrity 'scandal interview' clickbait leading to a hacked school site; no brand or lure the engine knows",
  },
  "phishing-extra/sample-1754.eml": {
    reason: "free-mail-note",
    note: "'is this email still valid?' opener from a free mailbox",
  },
  "phishing-extra/sample-1977.eml": {
    reason: "other",
    note: "fake debt-collection 'last notice' from a free mailbox with a Pix payment code and a PDF",
  },
  "phishing-extra/sample-2008.eml": {
    reason: "platform-notification",
    note: "a help-desk (Zendesk) ticket mail carrying a USDC 'cashback' claim",
  },
  "phishing-extra/sample-2060.eml": {
    reason: "platform-notification",
    note: "a salon-booking service's appointment mail carrying a token airdrop lure",
  },
  "phishing-extra/sample-2296.eml": {
    reason: "platform-notification",
    note: "a live-chat service's transcript mail advertising a scam site",
  },
  "phishing-extra/sample-2440.eml": {
    reason: "authenticated-bulk",
    note: "health-plan 'your premium went up' sales pitch from an insurance-lead mailer",
  },
  "phishing-extra/sample-2452.eml": {
    reason: "hijacked-mailing-service",
    note: "zkSync 'mint for free' lure through an ISP customer's mailing-list software",
  },
  "phishing-extra/sample-2461.eml": {
    reason: "authenticated-bulk",
    note: "health-plan 'your premium went up' sales pitch from an insurance-lead mailer",
  },
  "phishing-extra/sample-2470.eml": {
    reason: "authenticated-bulk",
    note: "energy-saving teaser wrapped around a copied newspaper newsletter",
  },
  "phishing-extra/sample-2536.eml": {
    reason: "authenticated-bulk",
    note: "prize-survey teaser wrapped around a copied business-magazine newsletter",
  },
  "phishing-extra/sample-2544.eml": {
    reason: "authenticated-bulk",
    note: "health-plan 'your premium went up' sales pitch from an insurance-lead mailer",
  },
  "phishing-extra/sample-2592.eml": {
    reason: "hijacked-mailing-service",
    note: "TRON 'airdrop' sent through a large retailer's own mailing domain",
  },
  "phishing-extra/sample-2618.eml": {
    reason: "authenticated-bulk",
    note: "health-plan 'your premium went up' sales pitch from a price-comparison mailer",
  },
  "phishing-extra/sample-2692.eml": {
    reason: "platform-notification",
    note: "a help-desk (Zendesk) ticket mail carrying a USDC 'cashback' claim",
  },
  "phishing-extra/sample-2780.eml": {
    reason: "authenticated-bulk",
    note: "health-plan 'your premium went up' sales pitch from an insurance-lead mailer",
  },
  "phishing-extra/sample-2849.eml": {
    reason: "legitimate-notice",
    note: "a language school's own welcome newsletter from its own domain",
  },
  "phishing-extra/sample-2862.eml": {
    reason: "legitimate-notice",
    note: "an online-course site's newsletter about free university courses, via its own tracking domain",
  },
  "phishing-extra/sample-2889.eml": {
    reason: "legitimate-notice",
    note: "a Brazilian retailer's own promotional newsletter",
  },
  "phishing-extra/sample-3160.eml": {
    reason: "platform-notification",
    note: "a help desk's real 'create your password' invitation, triggered by someone else",
  },
  "phishing-extra/sample-3242.eml": {
    reason: "attachment-only",
    note: "Amazon Prime 'update payment' story; the form is a Word attachment and the name says only 'Prime'",
  },
  "phishing-extra/sample-3260.eml": {
    reason: "other",
    note: "Ether.fi 'season 2 rewards' lure from an unrelated domain; Ether.fi is not in the brand catalogue",
  },
  "phishing-extra/sample-3352.eml": {
    reason: "authenticated-bulk",
    note: "Freebitco.in's own newsletter: a weekly crypto lottery",
  },
  "phishing-extra/sample-3377.eml": {
    reason: "authenticated-bulk",
    note: "Freebitco.in's own newsletter: a weekly crypto lottery",
  },
  "phishing-extra/sample-3421.eml": {
    reason: "authenticated-bulk",
    note: "Freebitco.in's own newsletter: a car-or-bitcoin contest",
  },
  "phishing-extra/sample-3434.eml": {
    reason: "authenticated-bulk",
    note: "Freebitco.in's own newsletter: betting promotion",
  },
  "phishing-extra/sample-3465.eml": {
    reason: "authenticated-bulk",
    note: "Freebitco.in's own newsletter: referral bonus",
  },
  "phishing-extra/sample-3530.eml": {
    reason: "authenticated-bulk",
    note: "Freebitco.in's own newsletter: reward-points contest",
  },
  "phishing-extra/sample-3552.eml": {
    reason: "authenticated-bulk",
    note: "Freebitco.in's own newsletter: premium membership and casino token",
  },
  "phishing-extra/sample-3556.eml": {
    reason: "authenticated-bulk",
    note: "Freebitco.in's own newsletter: a weekly crypto lottery",
  },
  "phishing-extra/sample-3604.eml": {
    reason: "authenticated-bulk",
    note: "Freebitco.in's own newsletter: a weekly crypto lottery",
  },
  "phishing-extra/sample-3609.eml": {
    reason: "authenticated-bulk",
    note: "Freebitco.in's own newsletter: a car-or-bitcoin contest",
  },
  "phishing-extra/sample-3622.eml": {
    reason: "authenticated-bulk",
    note: "Freebitco.in's own newsletter: a monthly prize",
  },
  "phishing-extra/sample-3744.eml": {
    reason: "authenticated-bulk",
    note: "French heat-pump subsidy promotion from a bulk mailer",
  },
  "phishing-extra/sample-4008.eml": {
    reason: "hijacked-mailing-service",
    note: "wallet 'KYC' lure sent through a fleet-software company's real mail; no link left in the body",
  },
  "phishing-extra/sample-4025.eml": {
    reason: "other",
    note: "sextortion letter longer than a short note from an authenticated domain; its words count only as a booster",
  },
  "phishing-extra/sample-4046.eml": {
    reason: "legitimate-notice",
    note: "a podcast's Mailchimp newsletter about a cannabis episode",
  },
  "phishing-extra/sample-4060.eml": {
    reason: "platform-notification",
    note: "GitHub's real notification of an issue opened by an attacker, pointing to a fake scanner site",
  },
  "phishing-extra/sample-407.eml": {
    reason: "attachment-only",
    note: "'request for quotation' from a free mailbox; the lure is a PDF attachment",
  },
  "phishing-extra/sample-4286.eml": {
    reason: "other",
    note: "sextortion letter longer than a short note from an authenticated domain; its words count only as a booster",
  },
  "phishing-extra/sample-4409.eml": {
    reason: "platform-notification",
    note: "a help-desk (Zendesk) ticket mail carrying a Hamster Kombat airdrop",
  },
  "phishing-extra/sample-455.eml": {
    reason: "authenticated-bulk",
    note: "a trading platform's own marketing newsletter (investment pitch)",
  },
  "phishing-extra/sample-4636.eml": {
    reason: "legitimate-notice",
    note: "Toyota's own warning, from toyota.com, about a fake '$TOYOTA coin' mail",
  },
  "phishing-extra/sample-4849.eml": {
    reason: "other",
    note: "callback scam: a fake PayPal receipt from a free mailbox with a phone number; no link",
  },
  "phishing-extra/sample-4928.eml": {
    reason: "hijacked-mailing-service",
    note: "'OP token' claim for Binance users through a home-improvement retailer's mailing account",
  },
  "phishing-extra/sample-4989.eml": {
    reason: "free-mail-note",
    note: "'is your email still active?' opener from a free mailbox, in Portuguese",
  },
  "phishing-extra/sample-5112.eml": {
    reason: "other",
    note: "callback scam: a fake PayPal sale receipt from a free mailbox; no link",
  },
  "phishing-extra/sample-5150.eml": {
    reason: "authenticated-bulk",
    note: "Dutch dating come-on from a bulk mailer, links to its tracking domain",
  },
  "phishing-extra/sample-5377.eml": {
    reason: "platform-notification",
    note: "a WordPress site's real 'login details' mail whose user name is a crypto advert",
  },
  "phishing-extra/sample-5600.eml": {
    reason: "free-mail-note",
    note: "crude-oil business-partnership pitch from a free mailbox",
  },
  "phishing-extra/sample-5648.eml": {
    reason: "attachment-only",
    note: "five-word 'requested invoice' note from a free mailbox; the lure is a PDF",
  },
  "phishing-extra/sample-5761.eml": {
    reason: "attachment-only",
    note: "fake Norton renewal; the brand only in the subject, the details in a Word attachment",
  },
  "phishing-extra/sample-5796.eml": {
    reason: "other",
    note: "French training-credit (CPF) lure from an unrelated domain; 'Service CPF' alone does not name the scheme",
  },
  "phishing-extra/sample-5884.eml": {
    reason: "other",
    note: "French training-credit (CPF) lure from an unrelated domain; 'Service CPF' alone does not name the scheme",
  },
  "phishing-extra/sample-5897.eml": {
    reason: "hijacked-mailing-service",
    note: "Bitget wallet 'airdrop' through a salon-software company's mailing account",
  },
  "phishing-extra/sample-5901.eml": {
    reason: "legitimate-notice",
    note: "a craft shop's ordinary voucher newsletter; nothing false in it",
  },
  "phishing-extra/sample-5945.eml": {
    reason: "hijacked-mailbox",
    note: "'humanitarian grant approved, write to a free mailbox' from a local government mailbox",
  },
  "phishing-extra/sample-5966.eml": {
    reason: "attachment-only",
    note: "random filler text with the offer in a PDF attachment",
  },
  "phishing-extra/sample-6041.eml": {
    reason: "platform-notification",
    note: "a community platform's notification mail carrying a Ledger 2FA lure",
  },
  "phishing-extra/sample-6049.eml": {
    reason: "platform-notification",
    note: "a community platform's notification mail carrying a wallet 'confirm access' lure",
  },
  "phishing-extra/sample-6245.eml": {
    reason: "platform-notification",
    note: "a community platform's notification mail carrying a 'payment issue' lure",
  },
  "phishing-extra/sample-6250.eml": {
    reason: "platform-notification",
    note: "a community platform's notification mail carrying a 'payment issue' lure",
  },
  "phishing-extra/sample-6254.eml": {
    reason: "platform-notification",
    note: "a community platform's notification mail carrying a 'payment issue' lure",
  },
  "phishing-extra/sample-6333.eml": {
    reason: "hijacked-mailing-service",
    note: "crypto token 'claim' sent through an insurer's own mailing domain",
  },
  "phishing-extra/sample-6450.eml": {
    reason: "platform-notification",
    note: "a web shop's real 'account created' mail whose user name is a crypto advert",
  },
  "phishing-extra/sample-6464.eml": {
    reason: "hijacked-mailbox",
    note: "fake 'wallet desktop app' announcement from an ISP mailbox, linking to a download site",
  },
  "phishing-extra/sample-6533.eml": {
    reason: "attachment-only",
    note: "'your cloud data will be deleted' with a zero for O in the name; the lure is in attachments",
  },
  "phishing-extra/sample-654.eml": {
    reason: "free-mail-note",
    note: "solar-business partnership pitch from an ISP mailbox; a first contact",
  },
  "phishing-extra/sample-6612.eml": {
    reason: "attachment-only",
    note: "garbled weight-loss offer with the content in Word and PDF attachments",
  },
  "phishing-extra/sample-6660.eml": {
    reason: "other",
    note: "fake IRS tax-statement notice writing the agency as '-lRS', which the brand matcher does not read",
  },
  "phishing-extra/sample-6669.eml": {
    reason: "attachment-only",
    note: "garbled home-cook offer with the content in a PDF attachment",
  },
  "phishing-extra/sample-681.eml": {
    reason: "authenticated-bulk",
    note: "health-plan 'premium went up' sales pitch from an insurance broker's mailer",
  },
  "phishing-extra/sample-6865.eml": {
    reason: "authenticated-bulk",
    note: "Dutch dating come-on from a bulk mailer, links to its tracking domain",
  },
  "phishing-extra/sample-6984.eml": {
    reason: "platform-notification",
    note: "an events platform's mail carrying a fake Ledger firmware-update notice",
  },
  "phishing-extra/sample-7410.eml": {
    reason: "authenticated-bulk",
    note: "Dutch dating come-on from a bulk mailer, links to its tracking domain",
  },
  "phishing-extra/sample-7445.eml": {
    reason: "platform-notification",
    note: "an events platform's campaign mail carrying an advance-fee business proposal",
  },
  "phishing-extra/sample-886.eml": {
    reason: "attachment-only",
    note: "fake German youth-protection police summons; the summons is a picture attachment",
  },
  "phishing-extra/sample-92.eml": {
    reason: "attachment-only",
    note: "'you can take 4 000' bait from a free mailbox; the lure is in a PDF",
  },
  "phishing-extra/sample-96.eml": {
    reason: "attachment-only",
    note: "gaming bait from a free mailbox with random text; the lure is in a PDF",
  },
  "phishing-tune/sample-1381.eml": {
    reason: "authenticated-bulk",
    note: "tool-giveaway teaser wrapped around a copied marketing newsletter; links to unrelated sites",
  },
  "phishing-tune/sample-2229.eml": {
    reason: "authenticated-bulk",
    note: "'Tesla innovation' teaser over a copied publisher newsletter; no catalogue brand, no second sign",
  },
  "phishing-tune/sample-2421.eml": {
    reason: "other",
    note: "prize draw in the name of Cielo (card payments; not in the brand catalogue) from a restaurant's domain",
  },
  "phishing-tune/sample-2501.eml": {
    reason: "authenticated-bulk",
    note: "health-plan 'your premium went up' sales pitch from an insurance-lead mailer",
  },
  "phishing-tune/sample-2821.eml": {
    reason: "authenticated-bulk",
    note: "Dutch dating come-on from a bulk mailer, links to its tracking domain",
  },
  "phishing-tune/sample-2965.eml": {
    reason: "other",
    note: "callback scam: a fake Nubank card alert from a free mailbox asks to call a phone number; no link",
  },
  "phishing-tune/sample-3605.eml": {
    reason: "authenticated-bulk",
    note: "Freebitco.in's own newsletter: a weekly crypto lottery",
  },
  "phishing-tune/sample-4438.eml": {
    reason: "authenticated-bulk",
    note: "Dutch dating come-on from a bulk mailer, links to its own domain",
  },
  "phishing-tune/sample-4534.eml": {
    reason: "authenticated-bulk",
    note: "Dutch dating come-on from a bulk mailer, links to its tracking domain",
  },
  "phishing-tune/sample-5222.eml": {
    reason: "free-mail-note",
    note: "'urgent message, contact me' opener from a free mailbox, in Portuguese",
  },
  "phishing-tune/sample-5718.eml": {
    reason: "other",
    note: "fake Norton renewal receipt: the brand only in the subject (a booster), the details in a Word attachment",
  },
  "phishing-tune/sample-6070.eml": {
    reason: "hijacked-mailing-service",
    note: "crypto token 'claim' sent through a plasma-donation company's own mailing domain",
  },
  "phishing-tune/sample-6262.eml": {
    reason: "authenticated-bulk",
    note: "'offline AI app' promotion from a bulk mailer, links to cloud storage the lists do not name",
  },
  "phishing-tune/sample-6550.eml": {
    reason: "authenticated-bulk",
    note: "Dutch dating come-on from a bulk mailer, links to a tracking domain",
  },
  "phishing-tune/sample-661.eml": {
    reason: "attachment-only",
    note: "crypto-payout bait from a free mailbox: the lure is a PDF's name and a Firebase short link",
  },
  "phishing-tune/sample-7014.eml": {
    reason: "authenticated-bulk",
    note: "Dutch dating come-on from a bulk mailer, links to its tracking domain",
  },
  "phishing-tune/sample-7542.eml": {
    reason: "authenticated-bulk",
    note: "'Bitcoin desktop app' (fake wallet software) promoted from an unrelated domain to its own .app site",
  },
  "phishing-tune/sample-885.eml": {
    reason: "legitimate-notice",
    note: "a GitHub Trust & Safety ticket from GitHub's help-desk domain; links only to github.com",
  },
  "phishing-tune/sample-933.eml": {
    reason: "hijacked-mailbox",
    note: "adult-dating invitation from a town hall's mailbox, with a newsletter-style footer",
  },
};

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
