import { claimedBrands, ownedBy, type BrandClaim } from "../brands/brandNames";
import type { MessageFacts } from "../facts/messageFacts";
import { listOf } from "../words/language";
import { defineRule, type Report } from "./support/rule";

/** Domains named in a finding; a brand's list can be long. */
const SHOWN_DOMAINS = 3;

interface Data {
  /** What the sender's name or subject says ("Microsoft 365 Team"). */
  said: string;
  brand: string;
  realDomains: string[];
  /** Whoever controls the sending domain, or the address when its domain is unusable. */
  from: string;
}

const messages = {
  name: {
    title: {
      en: (d: Data) => `The sender's name says ${d.brand}, but the mail does not come from ${d.brand}`,
      es: (d: Data) => `El nombre del remitente dice ${d.brand}, pero el correo no viene de ${d.brand}`,
    },
    detail: {
      en: (d: Data) =>
        `The sender's name is “${d.said}”, yet the message comes from ${d.from}; ${d.brand} writes from ${listOf(d.realDomains, "en")}. ` +
        `Anyone can type a brand's name as their own: go to ${d.realDomains[0]} yourself instead of using this message.`,
      es: (d: Data) =>
        `El nombre del remitente es “${d.said}”, pero el mensaje viene de ${d.from}; ${d.brand} escribe desde ${listOf(d.realDomains, "es")}. ` +
        `Cualquiera puede poner el nombre de una marca como propio: entre usted en ${d.realDomains[0]} en vez de usar este mensaje.`,
    },
  },
  subject: {
    title: {
      en: (d: Data) => `The subject speaks for ${d.brand}, but the mail does not come from ${d.brand}`,
      es: (d: Data) => `El asunto habla en nombre de ${d.brand}, pero el correo no viene de ${d.brand}`,
    },
    detail: {
      en: (d: Data) =>
        `The subject, “${d.said}”, is about ${d.brand}, whose mail comes from ${listOf(d.realDomains, "en")}; this message comes from ${d.from}.`,
      es: (d: Data) =>
        `El asunto, “${d.said}”, trata de ${d.brand}, cuyo correo viene de ${listOf(d.realDomains, "es")}; este mensaje viene de ${d.from}.`,
    },
  },
};

/** The brand's own sender, or a message whose every web link is the brand's (a genuine notice passed on). */
function belongsToBrand(facts: MessageFacts, claim: BrandClaim): boolean {
  const host = facts.from?.domain?.host.host;
  if (host && ownedBy(host, claim.brand)) return true;
  const web = facts.links.rows.filter((r) => r.host && (r.scheme === "https:" || r.scheme === "http:"));
  return web.length > 0 && web.every((r) => ownedBy(r.host as string, claim.brand));
}

export const brandImpersonation = defineRule({
  id: "brand-impersonation",
  meta: {
    category: "sender",
    severity: "suspicious",
    tip: "brand-impersonation",
    docs: "The sender's name (or, as a booster, the subject) claims a brand of the catalogue in src/engine/brands — tolerant of accents, look-alike and math letters, spacing — while neither the sending domain nor the message's links belong to it. Protected organisations that display-name-impersonation already names are left to it.",
    messages,
  },
  check(facts) {
    const from = facts.from;
    if (!from) return [];
    const sender = from.domain?.owner ?? from.address;
    const reports: Report<typeof messages>[] = [];
    const evidence = (claim: BrandClaim, said: string) => ({
      claims: claim.brand.name,
      matchedName: claim.name,
      said,
      realDomains: [...claim.brand.domains],
      from: from.address || null,
    });
    const data = (claim: BrandClaim, said: string): Data => ({
      said,
      brand: claim.brand.name,
      realDomains: claim.brand.domains.slice(0, SHOWN_DOMAINS),
      from: sender || "—",
    });
    // An organisation on the protected list is display-name-impersonation's finding already.
    const protectedClaim = facts.claimedByName?.domain;
    const byName = claimedBrands(from.name).find(
      (c) => !(protectedClaim && c.brand.domains.includes(protectedClaim)) && !belongsToBrand(facts, c),
    );
    if (byName) {
      reports.push({ message: "name", data: data(byName, from.name), evidence: evidence(byName, from.name) });
      return reports;
    }
    if (claimedBrands(from.name).length > 0) return reports;
    const subject = facts.message.subject;
    const bySubject = claimedBrands(subject, false).find((c) => !belongsToBrand(facts, c));
    if (bySubject) {
      reports.push({
        message: "subject",
        data: data(bySubject, subject),
        severity: "caution",
        booster: true,
        evidence: evidence(bySubject, subject),
      });
    }
    return reports;
  },
});
