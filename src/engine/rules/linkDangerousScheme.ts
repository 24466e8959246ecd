import type { Finding } from "../analysis";
import { linkTable } from "../links/linkTable";
import type { Rule } from "./rule";
import { countLinks, linkFinding, linksEvidence } from "./linkFindings";

export const linkDangerousScheme: Rule = {
  id: "link-dangerous-scheme",
  meta: {
    title: "A link runs code or opens a local file",
    severity: "dangerous",
    tip: "link-dangerous-scheme",
    docs: "javascript:, vbscript: and data: links run or render content the message supplies; file: links open files or network shares.",
  },
  check(message) {
    const rows = linkTable(message).rows;
    const findings: Finding[] = [];
    const scripts = rows.filter((r) => r.flags.includes("script"));
    if (scripts.length > 0) {
      findings.push(
        linkFinding(
          linkDangerousScheme,
          "dangerous",
          `A link runs code instead of opening a page (${scripts[0].scheme.replace(":", "")})`,
          `${countLinks(scripts.length)} ${scripts.length === 1 ? "starts" : "start"} with “${scripts[0].scheme}”: clicking would run or show content hidden in the message itself, a way to put a fake sign-in page in front of you without any website.`,
          linksEvidence(scripts),
        ),
      );
    }
    const files = rows.filter((r) => r.flags.includes("file"));
    if (files.length > 0) {
      findings.push(
        linkFinding(
          linkDangerousScheme,
          "suspicious",
          "A link opens a file or network share",
          `${countLinks(files.length)} ${files.length === 1 ? "points" : "point"} at ${files[0].destination}. Opening a file: link can run a program or send your Windows sign-in to a stranger's server.`,
          linksEvidence(files),
        ),
      );
    }
    return findings;
  },
};
