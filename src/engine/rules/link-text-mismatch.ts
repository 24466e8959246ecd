import { domainsInText } from "../domains/domainsInText";
import type { LinkRow } from "../links/linkTable";
import { count } from "../words/language";
import { groupBy, linksEvidence } from "./support/linkEvidence";
import { defineRule, type Report } from "./support/rule";

/** The domain a link's text shows, when it shows one and the link goes somewhere else. */
function shownElsewhere(row: LinkRow): string | undefined {
  if (!row.registrable || (row.source !== "a" && row.source !== "area")) return undefined;
  const shown = domainsInText(row.text);
  if (shown.length === 0 || shown.includes(row.registrable)) return undefined;
  return shown[0];
}

interface Data {
  shows: string;
  goesTo: string;
  links: number;
  text: string;
  /** The real destination's host: the full address is in the evidence. */
  host: string;
}

const messages = {
  mismatch: {
    title: {
      en: (d: Data) => `A link shows ${d.shows} but goes to ${d.goesTo}`,
      es: (d: Data) => `Un enlace muestra ${d.shows} pero lleva a ${d.goesTo}`,
    },
    detail: {
      en: (d: Data) =>
        `${count(d.links, "link", "links")} ${d.links === 1 ? "reads" : "read"} “${d.text}” but ${d.links === 1 ? "opens" : "open"} ${d.host}. ` +
        `Type the address you know instead.`,
      es: (d: Data) =>
        `${count(d.links, "enlace dice", "enlaces dicen")} “${d.text}” pero ${d.links === 1 ? "abre" : "abren"} ${d.host}. ` +
        `Escriba usted la dirección que conoce.`,
    },
  },
};

export const linkTextMismatch = defineRule({
  id: "link-text-mismatch",
  meta: {
    category: "links",
    severity: "caution",
    tip: "link-text-mismatch",
    docs: "Compares the domain a link's visible text shows with the registrable domain of its real destination (after unwrapping).",
    messages,
  },
  check(facts, context) {
    const reports: Report<typeof messages>[] = [];
    const groups = groupBy(facts.links.rows, (row) => {
      const shown = shownElsewhere(row);
      return shown && `${shown} ${row.registrable}`;
    });
    for (const [key, rows] of groups) {
      const [shows, goesTo] = key.split(" ");
      // Two domains of the same trusted owner (office.com text, microsoft.com link) are one site.
      if (context.domains.isTrusted(shows) && context.domains.isTrusted(goesTo)) continue;
      // Showing a trusted name and going elsewhere is the classic lure; newsletters' click tracking
      // also shows one domain and goes to another, so an ordinary name is only a caution.
      reports.push({
        message: "mismatch",
        data: { shows, goesTo, links: rows.length, text: rows[0].text, host: rows[0].host ?? goesTo },
        severity: context.domains.isTrusted(shows) ? "dangerous" : "caution",
        evidence: linksEvidence(rows, { shows, goesTo }),
      });
    }
    return reports;
  },
});
