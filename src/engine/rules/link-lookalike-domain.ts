import { worst, type Severity } from "../analysis";
import { checkDomain } from "../domains/checkDomain";
import { count, listOf, type Language } from "../words/language";
import type { LinkRow } from "../links/linkTable";
import { linksEvidence } from "./support/linkEvidence";
import { defineRule, type Report } from "./support/rule";

interface Data {
  host: string;
  /** How the host displays (punycode decoded), or the host. */
  shown: string;
  imitates: string[];
  links: number;
  explanations: Record<Language, string>;
}

const ADVICE = {
  en: (d: Data) => `Do not open ${d.links === 1 ? "it" : "them"} or sign in there.`,
  es: (d: Data) => `No ${d.links === 1 ? "lo abra" : "los abra"} ni inicie sesión allí.`,
};

// The title already says where one link goes; more than one are counted.
const GOES = {
  en: (d: Data) =>
    d.links === 1 ? "" : `${count(d.links, "link", "links")} in this message go to ${d.shown}. `,
  es: (d: Data) =>
    d.links === 1 ? "" : `${count(d.links, "enlace", "enlaces")} de este mensaje llevan a ${d.shown}. `,
};

const messages = {
  homograph: {
    title: {
      en: (d: Data) => `A link only looks like ${listOf(d.imitates, "en")}: it goes to ${d.host}`,
      es: (d: Data) => `Un enlace solo parece ${listOf(d.imitates, "es")}: lleva a ${d.host}`,
    },
    detail: {
      en: (d: Data) => `${GOES.en(d)}${d.explanations.en} ${ADVICE.en(d)}`,
      es: (d: Data) => `${GOES.es(d)}${d.explanations.es} ${ADVICE.es(d)}`,
    },
  },
  imitation: {
    title: {
      en: (d: Data) => `A link goes to ${d.host}, which imitates ${listOf(d.imitates, "en")}`,
      es: (d: Data) => `Un enlace lleva a ${d.host}, que imita a ${listOf(d.imitates, "es")}`,
    },
    detail: {
      en: (d: Data) => `${GOES.en(d)}${d.explanations.en} ${ADVICE.en(d)}`,
      es: (d: Data) => `${GOES.es(d)}${d.explanations.es} ${ADVICE.es(d)}`,
    },
  },
  "deceptive-name": {
    title: {
      en: (d: Data) => `A link goes to an international name browsers would not display: ${d.host}`,
      es: (d: Data) =>
        `Un enlace lleva a un nombre internacional que los navegadores no mostrarían: ${d.host}`,
    },
    detail: {
      en: (d: Data) => `${GOES.en(d)}${d.explanations.en} ${ADVICE.en(d)}`,
      es: (d: Data) => `${GOES.es(d)}${d.explanations.es} ${ADVICE.es(d)}`,
    },
  },
};

export const linkLookalike = defineRule({
  id: "link-lookalike-domain",
  meta: {
    category: "links",
    severity: "dangerous",
    tip: "link-lookalike-domain",
    docs: "Runs every link's real destination (after unwrapping Safe Links, Proofpoint and other rewriters) through the look-alike engine and the spoof list.",
    messages,
  },
  check(facts, context) {
    const reports: Report<typeof messages>[] = [];
    // A hidden destination's host hint (Mimecast) is checked in place of the wrapper's own host.
    // A generic redirect's own host is where the click goes first: it is checked too.
    const hosts = facts.links.rows.flatMap((row) => [
      { row, host: row.hint ?? row.host },
      ...(row.via ?? []).map((host) => ({ row, host })),
    ]);
    const byHost = new Map<string, LinkRow[]>();
    for (const { row, host } of hosts) {
      if (host === undefined) continue;
      const group = byHost.get(host);
      if (group) group.push(row);
      else byHost.set(host, [row]);
    }
    for (const [host, group] of byHost) {
      const check = checkDomain(host, context.domains);
      if (check.matches.length === 0) continue;
      const severity = check.matches.reduce<Severity>((s, m) => worst(s, m.severity) as Severity, "caution");
      // The most severe technique explains; the others are named in the evidence (a short finding).
      const lead = check.matches.find((m) => m.severity === severity) ?? check.matches[0];
      const imitates = [...new Set(check.matches.flatMap((m) => m.imitates))];
      const message = imitates.length === 0 ? "deceptive-name" : check.unicode ? "homograph" : "imitation";
      reports.push({
        message,
        data: {
          host,
          shown: check.unicode ?? check.domain ?? host,
          imitates,
          links: group.length,
          explanations: { en: lead.explain("en"), es: lead.explain("es") },
        },
        severity,
        evidence: linksEvidence(group, {
          domain: host,
          imitates,
          techniques: check.matches.map((m) => m.technique),
          ...(lead.source === undefined ? {} : { source: lead.source }),
        }),
      });
    }
    return reports;
  },
});
