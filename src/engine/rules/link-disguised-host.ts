import type { Severity } from "../analysis";
import type { LinkFlag, LinkRow } from "../links/linkTable";
import { count } from "../words/language";
import { linksEvidence } from "./support/linkEvidence";
import { defineRule, type Report } from "./support/rule";

interface Data {
  links: number;
  destination: string;
  host: string;
  /** The fake address before the "@". */
  userinfo: string;
  /** How a punycode host displays. */
  displayHost: string;
}

const LINKS = {
  en: (d: Data) => `${count(d.links, "link", "links")}: `,
  es: (d: Data) => `${count(d.links, "enlace", "enlaces")}: `,
};

const messages = {
  userinfo: {
    title: {
      en: () => "A link hides its real address behind a fake one",
      es: () => "Un enlace esconde su dirección real detrás de una falsa",
    },
    detail: {
      en: (d: Data) =>
        `${LINKS.en(d)}Everything before the “@” in ${d.destination} is ignored by the browser: the link goes to ${d.host}, not to “${d.userinfo}”.`,
      es: (d: Data) =>
        `${LINKS.es(d)}El navegador ignora todo lo que va antes de la “@” en ${d.destination}: el enlace lleva a ${d.host}, no a “${d.userinfo}”.`,
    },
  },
  "disguised-ip": {
    title: {
      en: () => "A link disguises a numeric address",
      es: () => "Un enlace disfraza una dirección numérica",
    },
    detail: {
      en: (d: Data) =>
        `${LINKS.en(d)}The address is written in an encoded form that the browser reads as the bare IP address ${d.host}.`,
      es: (d: Data) =>
        `${LINKS.es(d)}La dirección está escrita de forma codificada y el navegador la lee como la dirección IP ${d.host}.`,
    },
  },
  "ip-host": {
    title: {
      en: () => "A link goes to a bare IP address",
      es: () => "Un enlace lleva a una dirección IP sin nombre",
    },
    detail: {
      en: (d: Data) =>
        `${LINKS.en(d)}The link goes to ${d.host}, a numeric address with no name; organisations you deal with use their domain.`,
      es: (d: Data) =>
        `${LINKS.es(d)}El enlace lleva a ${d.host}, una dirección numérica sin nombre; las organizaciones con las que trata usan su dominio.`,
    },
  },
  punycode: {
    title: {
      en: () => "A link uses an international (punycode) address",
      es: () => "Un enlace usa una dirección internacional (punycode)",
    },
    detail: {
      en: (d: Data) =>
        `${LINKS.en(d)}${d.host} displays as ${d.displayHost}: check that the letters are the ones you expect.`,
      es: (d: Data) =>
        `${LINKS.es(d)}${d.host} se muestra como ${d.displayHost}: compruebe que las letras son las que espera.`,
    },
  },
  port: {
    title: {
      en: () => "A link uses an unusual port",
      es: () => "Un enlace usa un puerto poco habitual",
    },
    detail: {
      en: (d: Data) => `${LINKS.en(d)}${d.destination} names a network port; ordinary web links do not.`,
      es: (d: Data) =>
        `${LINKS.es(d)}${d.destination} indica un puerto de red; los enlaces web normales no lo hacen.`,
    },
  },
};

/** Ways a link's address hides where it goes, worst first. */
const TRICKS: readonly { flag: LinkFlag & keyof typeof messages; severity: Severity }[] = [
  { flag: "userinfo", severity: "dangerous" },
  { flag: "disguised-ip", severity: "dangerous" },
  { flag: "ip-host", severity: "suspicious" },
  { flag: "punycode", severity: "caution" },
  { flag: "port", severity: "caution" },
];

function dataOf(rows: readonly LinkRow[]): Data {
  const r = rows[0];
  return {
    links: rows.length,
    destination: r.destination,
    host: r.host ?? "",
    userinfo: r.userinfo ?? "",
    displayHost: r.displayHost ?? r.host ?? "",
  };
}

export const linkDisguisedHost = defineRule({
  id: "link-disguised-host",
  meta: {
    category: "links",
    severity: "dangerous",
    tip: "link-disguised-host",
    docs: "Userinfo tricks (https://www.office.com-x@evil.example/), numeric, hex or octal IP hosts (not private or loopback ones, nor an address merely typed in a plain-text body), punycode hosts (both forms shown) and non-standard ports.",
    messages,
  },
  check(facts) {
    const rows = facts.links.rows;
    const reports: Report<typeof messages>[] = [];
    for (const { flag, severity } of TRICKS) {
      // The ip-host finding would repeat a disguised-ip one for the same links.
      const hits = rows.filter(
        (r) => r.flags.includes(flag) && !(flag === "ip-host" && r.flags.includes("disguised-ip")),
      );
      if (hits.length === 0) continue;
      reports.push({ message: flag, data: dataOf(hits), severity, evidence: linksEvidence(hits) });
    }
    return reports;
  },
});
