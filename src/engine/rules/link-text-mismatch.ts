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
    docs: "Compares the domain a link's visible text shows with the registrable domain of its real destination (after unwrapping): a trusted domain shown is dangerous; an ordinary one leading to a third party (not the sender's own or verified domain, where newsletters track clicks) is a caution.",
    messages,
  },
  check(facts, context) {
    const reports: Report<typeof messages>[] = [];
    const groups = groupBy(facts.links.rows, (row) => {
      const shown = shownElsewhere(row);
      return shown && `${shown} ${row.registrable}`;
    });
    // The sender's own domains: its From domain and those the receiving server verified.
    const own = new Set(facts.verifiedDomains);
    if (facts.from?.domain) own.add(facts.from.domain.host.registrable);
    for (const [key, rows] of groups) {
      const [shows, goesTo] = key.split(" ");
      const trusted = context.domains.isTrusted(shows);
      // Two domains of the same trusted owner (office.com text, microsoft.com link) are one site.
      if (trusted && context.domains.isTrusted(goesTo)) continue;
      // A newsletter's click tracking on the sender's own domain ("dilbert.com" through
      // unitedmedia.com, which sent it) leads to the sender, not to a stranger.
      if (!trusted && own.has(goesTo)) continue;
      // Showing a trusted name and going elsewhere is the classic lure; an ordinary name that leads
      // to a third party is a caution.
      reports.push({
        message: "mismatch",
        data: { shows, goesTo, links: rows.length, text: rows[0].text, host: rows[0].host ?? goesTo },
        severity: trusted ? "dangerous" : "caution",
        evidence: linksEvidence(rows, { shows, goesTo }),
      });
    }
    return reports;
  },
});
