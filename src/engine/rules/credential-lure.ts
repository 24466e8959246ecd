import type { LinkRow } from "../links/linkTable";
import { count } from "../words/language";
import { namedOrganisation } from "../facts/organisationNames";
import { linksEvidence } from "./support/linkEvidence";
import { defineRule } from "./support/rule";

/** Path words of sign-in and account pages. A plain alternation: linear, no backtracking. */
const LOGIN_PATH =
  /log-?in|sign-?in|signon|logon|verif|auth|password|passwd|account|secure|sso|adfs|owa|webmail|wp-login|validate|unlock|reset/;

/** Link texts that ask for a sign-in; linear alternation. */
const SIGN_IN_TEXT =
  /\b(?:sign|log)\s?(?:in|on)\b|\bverify\b|\bvalidate\b|\bunlock\b|\breset\b|\bconfirm\b|\bre-?activate\b|\breview\b|\bview\s+(?:the\s+)?(?:document|file|message|invoice)|\bopen\s+(?:the\s+)?(?:document|file)|inicie?\s+sesi[oó]n|\bverifi(?:car|que)\b|\bacceder\b|\brevisar\b|\bver\s+(?:el\s+)?documento/i;

function looksLikeLogin(row: LinkRow): boolean {
  if (row.scheme !== "http:" && row.scheme !== "https:") return false;
  try {
    const url = new URL(row.destination);
    return LOGIN_PATH.test(`${url.pathname}${url.search}`.toLowerCase().slice(0, 500));
  } catch {
    return false;
  }
}

interface Data {
  brand: string;
  realDomain: string;
  target: string;
  links: number;
}

export const credentialLure = defineRule({
  id: "credential-lure",
  meta: {
    category: "links",
    severity: "suspicious",
    tip: "credential-lure",
    docs: "A link to a login-looking path on a domain that is neither protected, trusted nor verified as the sender's own, while the sender name, subject or link text names a protected brand (Microsoft 365, SharePoint, DocuSign, the Senate …).",
    messages: {
      lure: {
        title: {
          en: (d: Data) => `A sign-in link in a message about ${d.brand} goes to ${d.target}`,
          es: (d: Data) => `Un enlace de inicio de sesión en un mensaje sobre ${d.brand} lleva a ${d.target}`,
        },
        detail: {
          en: (d: Data) =>
            `The message is about ${d.brand}, whose sign-in pages are on ${d.realDomain}, but ${count(d.links, "link", "links")} ${d.links === 1 ? "leads" : "lead"} to a sign-in-looking page on ${d.target}. ` +
            `Never sign in from a link in an email: open ${d.realDomain} yourself.`,
          es: (d: Data) =>
            `El mensaje trata de ${d.brand}, cuyas páginas de inicio de sesión están en ${d.realDomain}, pero ${count(d.links, "enlace lleva", "enlaces llevan")} a una página que parece de inicio de sesión en ${d.target}. ` +
            `Nunca inicie sesión desde un enlace de un correo: abra usted ${d.realDomain}.`,
        },
      },
    },
  },
  check(facts, context) {
    const brand = facts.claimedBrand;
    // A subject only says what the message is about ("news about Microsoft"): then the link itself
    // must name the brand or ask the reader to sign in.
    const fromName = facts.claimedByName !== undefined;
    const lures = facts.links.rows.filter(
      (r) =>
        r.registrable !== undefined &&
        !context.domains.isTrusted(r.registrable) &&
        // A sender's own verified domain (a newsletter's click tracking) is not someone else's page.
        !facts.verifiedDomains.has(r.registrable) &&
        looksLikeLogin(r) &&
        (namedOrganisation(r.text, context) !== undefined ||
          (brand !== undefined && (fromName || SIGN_IN_TEXT.test(r.text)))),
    );
    if (lures.length === 0) return [];
    const target = brand ?? namedOrganisation(lures[0].text, context);
    if (!target) return [];
    const onPlatform = lures.some((r) => r.flags.includes("hosting") || r.flags.includes("shortener"));
    return [
      {
        message: "lure",
        data: {
          brand: target.entry.name,
          realDomain: target.domain,
          target: lures[0].registrable ?? "",
          links: lures.length,
        },
        severity: onPlatform ? "dangerous" : "suspicious",
        evidence: linksEvidence(lures, { claims: target.entry.name, realDomain: target.domain }),
      },
    ];
  },
});
