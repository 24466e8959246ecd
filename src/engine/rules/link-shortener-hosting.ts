import { count } from "../words/language";
import { linksEvidence } from "./support/linkEvidence";
import { defineRule, type Report } from "./support/rule";
import { CLAIM } from "./support/brandClaim";

interface Data {
  links: number;
  /** "bit.ly", or the host on a platform. */
  host: string;
  /** "Google Cloud Run". */
  platform: string;
  /** The protected brand the message claims, and where that brand lives. */
  claims?: string;
  realDomain?: string;
}

const messages = {
  shortener: {
    title: {
      en: (d: Data) => `A link hides its destination behind ${d.host}`,
      es: (d: Data) => `Un enlace esconde su destino detrás de ${d.host}`,
    },
    detail: {
      en: (d: Data) =>
        `${count(d.links, "link", "links")} ${d.links === 1 ? "uses" : "use"} a link shortener, so you cannot see where ${d.links === 1 ? "it goes" : "they go"} until you click.${CLAIM.en(d)}`,
      es: (d: Data) =>
        `${count(d.links, "enlace usa", "enlaces usan")} un acortador de enlaces, así que no puede ver adónde ${d.links === 1 ? "lleva" : "llevan"} hasta que hace clic.${CLAIM.es(d)}`,
    },
  },
  hosting: {
    title: {
      en: (d: Data) => `A link goes to a page anyone can put up on ${d.platform}`,
      es: (d: Data) => `Un enlace lleva a una página que cualquiera puede publicar en ${d.platform}`,
    },
    detail: {
      en: (d: Data) =>
        `${count(d.links, "link", "links")} ${d.links === 1 ? "goes" : "go"} to ${d.host}, on ${d.platform}: anyone can publish a page there in minutes, and fake sign-in pages often live on such platforms.${CLAIM.en(d)}`,
      es: (d: Data) =>
        `${count(d.links, "enlace lleva", "enlaces llevan")} a ${d.host}, en ${d.platform}: cualquiera puede publicar allí una página en minutos, y las páginas falsas de inicio de sesión suelen estar en plataformas así.${CLAIM.es(d)}`,
    },
  },
};

export const linkShortenerHosting = defineRule({
  id: "link-shortener-hosting",
  meta: {
    category: "links",
    severity: "caution",
    tip: "link-shortener-hosting",
    docs: "Shorteners (bit.ly, t.co, …) hide the destination; free app, hosting and form platforms (*.run.app, *.web.app, storage.googleapis.com, sites.google.com, forms.office.com, IPFS gateways, …) host credential pages, even where a trusted company runs the platform. A caution, raised when the message claims a protected brand.",
    messages,
  },
  check(facts) {
    const brand = facts.claimedBrand;
    const claim = brand ? { claims: brand.entry.name, realDomain: brand.domain } : {};
    const severity = brand ? "suspicious" : "caution";
    const reports: Report<typeof messages>[] = [];
    // Trusted platforms count too: trust means "not a look-alike", not "nobody else can publish there".
    // A picture's own address (an image on S3 inside a newsletter's link) is not where a click goes.
    const rows = facts.links.rows.filter((r) => r.source !== "img");
    const shortened = rows.filter((r) => r.flags.includes("shortener"));
    if (shortened.length > 0) {
      reports.push({
        message: "shortener",
        data: { links: shortened.length, host: shortened[0].registrable ?? "", platform: "", ...claim },
        severity,
        evidence: linksEvidence(shortened, brand ? { claims: brand.entry.name } : {}),
      });
    }
    const hosted = rows.filter((r) => r.flags.includes("hosting"));
    if (hosted.length > 0) {
      reports.push({
        message: "hosting",
        data: {
          links: hosted.length,
          host: hosted[0].host ?? "",
          platform: hosted[0].hosting ?? "",
          ...claim,
        },
        severity,
        evidence: linksEvidence(hosted, brand ? { claims: brand.entry.name } : {}),
      });
    }
    return reports;
  },
});
