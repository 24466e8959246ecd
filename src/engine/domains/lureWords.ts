/**
 * Words phishers put beside a brand in combosquats ("adfs-senate", "my-iri", "office365-login"),
 * after dnstwist's phishing dictionary, Chromium's combosquatting keywords and Akamai's top keywords.
 */

/** Sign-in words: enough to make even a common-word brand suspicious ("house-login", "live-verify"). */
export const CREDENTIAL_WORDS: ReadonlySet<string> = new Set(
  (
    "access account accounts activate activation adfs auth authenticate authentication confirm " +
    "helpdesk login logins logon mailbox mfa myaccount owa password recover recovery reset secure " +
    "security signin signon sso validate verification verify vpn webmail"
  ).split(" "),
);

/** Any lure word: enough beside a short brand name ("my-iri", "ndi-docs"). */
export const LURE_WORDS: ReadonlySet<string> = new Set([
  ...CREDENTIAL_WORDS,
  ...(
    "admin alert app apps billing cloud connect customer dashboard doc docs document documents " +
    "download drive file files help id identity inbox info invoice it mail member members my " +
    "office online pay payment portal server service services session share shared sharepoint " +
    "staff storage support sync team update upgrade user users vote voter wallet web www"
  ).split(" "),
]);
