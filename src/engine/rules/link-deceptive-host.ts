import { abusedEnding } from "../domains/data/abusedEndings";
import { normalizeHost } from "../domains/normalize";
import type { LinkRow } from "../links/linkTable";
import { linksEvidence } from "./support/linkEvidence";
import { defineRule, type Report } from "./support/rule";

/** Endings people recognise; written inside a host's left part, they pose as its real end. */
const FAMILIAR = new Set(["com", "net", "org", "gov", "edu", "mil"]);

/** Chat apps whose links open a conversation with whoever made them. */
const CHAT_HOSTS = new Map([
  ["t.me", "Telegram"],
  ["telegram.me", "Telegram"],
  ["wa.me", "WhatsApp"],
  ["api.whatsapp.com", "WhatsApp"],
  ["chat.whatsapp.com", "WhatsApp"],
]);

interface Data {
  host: string;
  /** The ending a fake-ending host pretends to have, an abused ending, or the chat app. */
  what: string;
  links: number;
}

const messages = {
  "fake-ending": {
    title: {
      en: (d: Data) => `A link's address pretends to end in .${d.what}: ${d.host}`,
      es: (d: Data) => `La dirección de un enlace finge terminar en .${d.what}: ${d.host}`,
    },
    detail: {
      en: (d: Data) =>
        `${d.host} has “${d.what}” in the middle, so a quick glance reads it as a .${d.what} address. Only the real end counts: this site belongs to whoever owns the end of the address.`,
      es: (d: Data) =>
        `${d.host} lleva “${d.what}” en medio, así que a simple vista parece una dirección .${d.what}. Solo cuenta el final real: el sitio pertenece a quien sea dueño del final de la dirección.`,
    },
  },
  "abused-ending": {
    title: {
      en: (d: Data) => `A link goes to a cheap ending favoured by phishers (.${d.what})`,
      es: (d: Data) => `Un enlace lleva a una terminación barata que prefieren los estafadores (.${d.what})`,
    },
    detail: {
      en: (d: Data) =>
        `${d.host} ends in .${d.what}, where names cost a dollar or two and are bought by the thousand for phishing. Together with the other signs here, do not open it.`,
      es: (d: Data) =>
        `${d.host} termina en .${d.what}, donde los nombres cuestan uno o dos dólares y se compran por miles para el phishing. Junto con las demás señales, no lo abra.`,
    },
  },
  chat: {
    title: {
      en: (d: Data) => `A link opens a ${d.what} chat with a stranger`,
      es: (d: Data) => `Un enlace abre un chat de ${d.what} con un desconocido`,
    },
    detail: {
      en: (d: Data) =>
        `${d.host} opens a conversation in ${d.what}, outside your organisation's mail and out of reach of its filters. Scammers move you there to press you for money or passwords.`,
      es: (d: Data) =>
        `${d.host} abre una conversación en ${d.what}, fuera del correo de su organización y lejos de sus filtros. Los estafadores le llevan allí para presionarle por dinero o contraseñas.`,
    },
  },
};

/** The familiar ending written inside the host's own part ("paypal.com.secure-login.xyz", "x-com.stackstaging.com"). */
function fakeEnding(host: string, registrable: string): string | undefined {
  if (host === registrable || !host.endsWith(`.${registrable}`)) return undefined;
  const own = host.slice(0, -registrable.length - 1).split(".");
  // A name must stand before the ending ("paypal.com", "verification-com"): infrastructure names such
  // as f-gw13.f.net.dtag.de have short labels around theirs.
  for (let i = 0; i < own.length; i++) {
    const label = own[i];
    if (FAMILIAR.has(label) && i > 0 && looksLikeName(own[i - 1])) return label;
    const dash = label.lastIndexOf("-");
    if (dash >= 3 && FAMILIAR.has(label.slice(dash + 1)) && looksLikeName(label.slice(0, dash)))
      return label.slice(dash + 1);
  }
  return undefined;
}

function looksLikeName(text: string): boolean {
  return text.length >= 3 && /[a-z]{3}/.test(text);
}

function web(row: LinkRow): boolean {
  return (
    (row.scheme === "https:" || row.scheme === "http:") && row.source !== "img" && row.host !== undefined
  );
}

export const linkDeceptiveHost = defineRule({
  id: "link-deceptive-host",
  meta: {
    category: "links",
    severity: "suspicious",
    tip: "link-deceptive-host",
    docs: "A link whose host writes a familiar ending in its middle (paypal.com.secure-login.xyz, kyc-verification-com.stackstaging.com); as boosters, a link on an ending most abused for phishing, or one that opens a Telegram or WhatsApp chat.",
    messages,
  },
  check(facts) {
    const reports: Report<typeof messages>[] = [];
    const rows = facts.links.rows.filter(web);
    const seen = new Set<string>();
    for (const row of rows) {
      const host = row.host as string;
      const registrable = row.registrable ?? host;
      const fake = fakeEnding(host, registrable);
      if (fake && !seen.has("fake")) {
        seen.add("fake");
        const group = rows.filter((r) => r.host === host);
        reports.push({
          message: "fake-ending",
          data: { host, what: fake, links: group.length },
          evidence: linksEvidence(group),
        });
      }
      const chat = CHAT_HOSTS.get(host);
      if (chat && !seen.has("chat")) {
        seen.add("chat");
        reports.push({
          message: "chat",
          data: { host, what: chat, links: 1 },
          severity: "caution",
          booster: true,
          evidence: linksEvidence([row]),
        });
      }
      const ending = abusedEnding(normalizeHost(host)?.publicSuffix ?? "");
      if (ending && !seen.has("ending")) {
        seen.add("ending");
        reports.push({
          message: "abused-ending",
          data: { host, what: ending, links: 1 },
          severity: "caution",
          booster: true,
          evidence: linksEvidence([row]),
        });
      }
    }
    return reports;
  },
});
