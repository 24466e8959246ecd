import type { Finding, Severity } from "../analysis";
import { linkTable, type LinkFlag, type LinkRow } from "../links/linkTable";
import type { Rule } from "./rule";
import { countLinks, linkFinding, linksEvidence } from "./linkFindings";

interface Trick {
  flag: LinkFlag;
  severity: Severity;
  title: string;
  explain(row: LinkRow): string;
}

/** Ways a link's address hides where it goes, worst first. */
const TRICKS: Trick[] = [
  {
    flag: "userinfo",
    severity: "dangerous",
    title: "A link hides its real address behind a fake one",
    explain: (r) =>
      `Everything before the “@” in ${r.destination} is ignored by the browser: the link goes to ${r.host}, not to “${r.userinfo}”.`,
  },
  {
    flag: "disguised-ip",
    severity: "dangerous",
    title: "A link disguises a numeric address",
    explain: (r) =>
      `The address is written in an encoded form that the browser reads as the bare IP address ${r.host}.`,
  },
  {
    flag: "ip-host",
    severity: "suspicious",
    title: "A link goes to a bare IP address",
    explain: (r) =>
      `The link goes to ${r.host}, a numeric address with no name; organisations you deal with use their domain.`,
  },
  {
    flag: "punycode",
    severity: "caution",
    title: "A link uses an international (punycode) address",
    explain: (r) => `${r.host} displays as ${r.displayHost}: check that the letters are the ones you expect.`,
  },
  {
    flag: "port",
    severity: "caution",
    title: "A link uses an unusual port",
    explain: (r) => `${r.destination} names a network port; ordinary web links do not.`,
  },
];

export const linkDisguisedHost: Rule = {
  id: "link-disguised-host",
  meta: {
    title: "A link's address is disguised",
    severity: "dangerous",
    tip: "link-disguised-host",
    docs: "Userinfo tricks (https://www.office.com-x@evil.example/), numeric, hex or octal IP hosts, punycode hosts (both forms shown) and non-standard ports.",
  },
  check(message) {
    const rows = linkTable(message).rows;
    const findings: Finding[] = [];
    for (const trick of TRICKS) {
      // The ip-host finding would repeat a disguised-ip one for the same links.
      const hits = rows.filter(
        (r) =>
          r.flags.includes(trick.flag) && !(trick.flag === "ip-host" && r.flags.includes("disguised-ip")),
      );
      if (hits.length === 0) continue;
      findings.push(
        linkFinding(
          linkDisguisedHost,
          trick.severity,
          trick.title,
          `${countLinks(hits.length)}: ${trick.explain(hits[0])}`,
          linksEvidence(hits),
        ),
      );
    }
    return findings;
  },
};
