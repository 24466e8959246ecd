import type { LinkRow } from "../links/linkTable";
import { linksEvidence } from "./support/linkEvidence";
import { defineRule, type Report } from "./support/rule";
import { CLAIM } from "./support/brandClaim";

interface Data {
  /** QR codes with a link. */
  codes: number;
  /** Where the first one goes: its registrable domain, else its destination. */
  host: string;
  /** The picture or PDF it is in; "" for a picture without a name. */
  container: string;
  /** The QR codes are the message's only links. */
  only: boolean;
  /** The protected brand the message claims, and where that brand lives. */
  claims?: string;
  realDomain?: string;
}

const WHERE = {
  en: (d: Data) =>
    d.codes > 1
      ? `${d.codes} QR codes in the message hold links, the first to ${d.host}`
      : `The QR code ${d.container ? `in ${d.container}` : "in a picture of the message"} holds a link to ${d.host}`,
  es: (d: Data) =>
    d.codes > 1
      ? `${d.codes} códigos QR del mensaje contienen enlaces, el primero a ${d.host}`
      : `El código QR ${d.container ? `de ${d.container}` : "de una imagen del mensaje"} contiene un enlace a ${d.host}`,
};

const ONLY = {
  en: (d: Data) => (d.only ? " The message has no other link: it wants you to use your phone." : ""),
  es: (d: Data) => (d.only ? " El mensaje no tiene ningún otro enlace: quiere que use su teléfono." : ""),
};

const messages = {
  qr: {
    title: {
      en: (d: Data) => `A QR code in the message hides a link to ${d.host}`,
      es: (d: Data) => `Un código QR del mensaje esconde un enlace a ${d.host}`,
    },
    detail: {
      en: (d: Data) =>
        `${WHERE.en(d)}. Scanning it with a phone opens that page there, skipping every check your computer makes, and you cannot see the address before you scan.${ONLY.en(d)}${CLAIM.en(d)}`,
      es: (d: Data) =>
        `${WHERE.es(d)}. Al escanearlo con el teléfono, la página se abre allí, sin ninguna de las comprobaciones que hace su ordenador, y no puede ver la dirección antes de escanear.${ONLY.es(d)}${CLAIM.es(d)}`,
    },
  },
};

const hostOf = (row: LinkRow) => row.registrable ?? row.host ?? row.destination;

export const qrCodeLink = defineRule({
  id: "qr-code-link",
  meta: {
    category: "links",
    severity: "caution",
    tip: "qr-code-link",
    docs: "A QR code in a picture (inline, attached or inside a PDF) that holds a web address: the link is opened on a phone, out of reach of the computer's checks (every other link rule checks its destination too). A caution; suspicious when the QR codes are the message's only links or the message claims a protected brand. Codes to the organisation's own domains are not reported.",
    messages,
  },
  check(facts, context) {
    const codes = facts.links.rows.filter(
      (r) => r.source === "qr" && !(r.registrable !== undefined && context.organization.has(r.registrable)),
    );
    if (codes.length === 0) return [];
    const brand = facts.claimedBrand;
    const only = facts.links.rows.every((r) => r.source === "qr");
    const report: Report<typeof messages> = {
      message: "qr",
      data: {
        codes: codes.length,
        host: hostOf(codes[0]),
        container: codes[0].text,
        only,
        ...(brand ? { claims: brand.entry.name, realDomain: brand.domain } : {}),
      },
      severity: only || brand ? "suspicious" : "caution",
      evidence: linksEvidence(codes, brand ? { claims: brand.entry.name } : {}),
    };
    return [report];
  },
});
