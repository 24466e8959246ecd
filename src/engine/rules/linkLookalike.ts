import { worst, type Finding, type Severity } from "../analysis";
import { checkDomain } from "../domains/checkDomain";
import { linkTable } from "../links/linkTable";
import type { Rule } from "./rule";
import { countLinks, groupBy, linkFinding, linksEvidence } from "./linkFindings";

export const linkLookalike: Rule = {
  id: "link-lookalike-domain",
  meta: {
    title: "A link goes to a look-alike or known spoof domain",
    severity: "dangerous",
    tip: "link-lookalike-domain",
    docs: "Runs every link's real destination (after unwrapping Safe Links, Proofpoint and other rewriters) through the look-alike engine and the spoof list.",
  },
  check(message, context) {
    // A hidden destination's host hint (Mimecast) is checked in place of the wrapper's own host.
    const rows = linkTable(message).rows;
    const findings: Finding[] = [];
    for (const [host, group] of groupBy(rows, (r) => r.hint ?? r.host)) {
      const check = checkDomain(host, context.domains);
      if (check.matches.length === 0) continue;
      const severity = check.matches.reduce<Severity>((s, m) => worst(s, m.severity) as Severity, "caution");
      const imitated = [...new Set(check.matches.flatMap((m) => m.imitates))];
      const target = imitated.length > 0 ? imitated.join(" and ") : "a trusted name";
      const shown = check.unicode ?? check.domain ?? host;
      findings.push(
        linkFinding(
          linkLookalike,
          severity,
          check.unicode
            ? `A link only looks like ${target}: it goes to ${host}`
            : `A link goes to ${host}, which imitates ${target}`,
          `${countLinks(group.length)} in this message ${group.length === 1 ? "goes" : "go"} to ${shown}. ${check.matches.map((m) => m.explanation).join(" ")} Do not open ${group.length === 1 ? "it" : "them"} or sign in there.`,
          linksEvidence(group, {
            domain: host,
            imitates: imitated,
            techniques: check.matches.map((m) => m.technique),
          }),
        ),
      );
    }
    return findings;
  },
};
