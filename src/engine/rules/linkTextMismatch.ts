import type { Finding } from "../analysis";
import { domainsInText } from "../domains/domainsInText";
import { linkTable, type LinkRow } from "../links/linkTable";
import type { Rule } from "./rule";
import { countLinks, groupBy, linkFinding, linksEvidence } from "./linkFindings";

/** The domain a link's text shows, when it shows one and the link goes somewhere else. */
function shownElsewhere(row: LinkRow): string | undefined {
  if (!row.registrable || (row.source !== "a" && row.source !== "area")) return undefined;
  const shown = domainsInText(row.text);
  if (shown.length === 0 || shown.includes(row.registrable)) return undefined;
  return shown[0];
}

export const linkTextMismatch: Rule = {
  id: "link-text-mismatch",
  meta: {
    title: "A link shows one address and goes to another",
    severity: "suspicious",
    tip: "link-text-mismatch",
    docs: "Compares the domain a link's visible text shows with the registrable domain of its real destination (after unwrapping).",
  },
  check(message, context) {
    const findings: Finding[] = [];
    const groups = groupBy(linkTable(message).rows, (row) => {
      const shown = shownElsewhere(row);
      return shown && `${shown} ${row.registrable}`;
    });
    for (const [key, rows] of groups) {
      const [shown, real] = key.split(" ");
      // Two domains of the same trusted owner (office.com text, microsoft.com link) are one site.
      if (context.domains.isTrusted(shown) && context.domains.isTrusted(real)) continue;
      // Showing a trusted name and going elsewhere is the classic lure; newsletters' click tracking
      // also shows one domain and goes to another, so an ordinary name is only a caution.
      const severity = context.domains.isTrusted(shown) ? "dangerous" : "caution";
      findings.push(
        linkFinding(
          linkTextMismatch,
          severity,
          `A link shows ${shown} but goes to ${real}`,
          `${countLinks(rows.length)} ${rows.length === 1 ? "reads" : "read"} “${rows[0].text}” but ${rows.length === 1 ? "opens" : "open"} ${rows[0].destination}. ` +
            `What a link shows can be anything; where it goes is what counts. Type the address you know instead.`,
          linksEvidence(rows, { shows: shown, goesTo: real }),
        ),
      );
    }
    return findings;
  },
};
