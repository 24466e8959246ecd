import { linkTable, type LinkRow } from "../links/linkTable";
import type { Rule } from "./rule";
import { claimedBrand } from "./claimedBrand";
import { countLinks, linkFinding, linksEvidence } from "./linkFindings";
import { namedOrganisation } from "./organisationNames";

/** Path words of sign-in and account pages. A plain alternation: linear, no backtracking. */
const LOGIN_PATH =
  /log-?in|sign-?in|signon|logon|verif|auth|password|passwd|account|secure|sso|adfs|owa|webmail|wp-login|validate|unlock|reset/;

function looksLikeLogin(row: LinkRow): boolean {
  if (row.scheme !== "http:" && row.scheme !== "https:") return false;
  try {
    const url = new URL(row.destination);
    return LOGIN_PATH.test(`${url.pathname}${url.search}`.toLowerCase().slice(0, 500));
  } catch {
    return false;
  }
}

export const credentialLure: Rule = {
  id: "credential-lure",
  meta: {
    title: "A sign-in link for a trusted brand goes to someone else",
    severity: "suspicious",
    tip: "credential-lure",
    docs: "A link to a login-looking path on a domain that is not protected or trusted, while the sender name, subject or link text names a protected brand (Microsoft 365, SharePoint, DocuSign, the Senate …).",
  },
  check(message, context) {
    const brand = claimedBrand(message, context);
    const lures = linkTable(message).rows.filter(
      (r) =>
        r.registrable !== undefined &&
        !context.domains.isTrusted(r.registrable) &&
        looksLikeLogin(r) &&
        (brand ?? namedOrganisation(r.text, context)) !== undefined,
    );
    if (lures.length === 0) return [];
    const target = brand ?? namedOrganisation(lures[0].text, context);
    const onPlatform = lures.some((r) => r.flags.includes("hosting") || r.flags.includes("shortener"));
    return [
      linkFinding(
        credentialLure,
        onPlatform ? "dangerous" : "suspicious",
        `A ${target?.entry.name ?? "trusted brand"} sign-in link goes to ${lures[0].registrable}`,
        `The message is about ${target?.entry.name}, whose sign-in pages are on ${target?.domain}, but ${countLinks(lures.length)} ${lures.length === 1 ? "leads" : "lead"} to a sign-in-looking page on ${lures[0].registrable}. ` +
          `Never sign in from a link in an email: open ${target?.domain} yourself.`,
        linksEvidence(lures, { claims: target?.entry.name ?? null, realDomain: target?.domain ?? null }),
      ),
    ];
  },
};
