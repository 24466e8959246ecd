import { domainsInText } from "../domains/domainsInText";
import type { AddressProblem } from "../headers/addresses";
import { words } from "../facts/organisationNames";
import { listOf, type Language } from "../words/language";
import { defineRule, type Report } from "./support/rule";

type Hidden = "encoded-at-in-name" | "null-byte" | "newline-in-name" | "control-chars-in-name";

const HIDDEN: Record<Hidden, Record<Language, string>> = {
  "encoded-at-in-name": {
    en: "an encoded “@” that makes the name read like another address",
    es: "una “@” codificada que hace que el nombre parezca otra dirección",
  },
  "null-byte": {
    en: "a hidden null character that can cut off what some mail programs show",
    es: "un carácter nulo oculto que puede cortar lo que muestran algunos programas de correo",
  },
  "newline-in-name": {
    en: "a hidden line break that can push the real address out of view",
    es: "un salto de línea oculto que puede dejar la dirección real fuera de la vista",
  },
  "control-chars-in-name": { en: "hidden control characters", es: "caracteres de control ocultos" },
};

function isHidden(p: AddressProblem): p is Hidden {
  return p in HIDDEN;
}

interface Base {
  name: string;
  address: string;
  /** Whoever controls the sending domain ("evil.example"). */
  domain: string;
}

interface HiddenData extends Base {
  hidden: Hidden[];
}

interface NamedData extends Base {
  named: string[];
}

interface ClaimData extends Base {
  /** "U.S. Senate", or the VIP's name. */
  claims: string;
  realDomain?: string;
  freeMail: boolean;
}

const FREE: Record<Language, string> = {
  en: ", a free mailbox anyone can open",
  es: ", un buzón gratuito que cualquiera puede abrir",
};

function freeNote(d: ClaimData, language: Language): string {
  return d.freeMail ? FREE[language] : "";
}

function vipClaimed(name: string, vips: readonly string[]): string | undefined {
  const text = words(name);
  return vips.find((vip) => {
    const parts = words(vip).trim().split(" ").filter(Boolean);
    return parts.length > 0 && parts.every((p) => text.includes(` ${p} `));
  });
}

const messages = {
  "hidden-characters": {
    title: {
      en: () => "The sender's name hides characters",
      es: () => "El nombre del remitente esconde caracteres",
    },
    detail: {
      en: (d: HiddenData) =>
        `The From line contains ${listOf(
          d.hidden.map((h) => HIDDEN[h].en),
          "en",
        )}. Legitimate senders have no reason to do this; it is a known trick to show a trusted address while the mail comes from ${d.domain}.`,
      es: (d: HiddenData) =>
        `La línea del remitente contiene ${listOf(
          d.hidden.map((h) => HIDDEN[h].es),
          "es",
        )}. Un remitente legítimo no tiene motivo para hacerlo; es un truco conocido para mostrar una dirección de confianza mientras el correo viene de ${d.domain}.`,
    },
  },
  "domain-in-name": {
    title: {
      en: (d: NamedData) => `The sender's name shows ${d.named[0]}, but the address is at ${d.domain}`,
      es: (d: NamedData) =>
        `El nombre del remitente muestra ${d.named[0]}, pero la dirección es de ${d.domain}`,
    },
    detail: {
      en: (d: NamedData) =>
        `The name shown for the sender, “${d.name}”, contains ${listOf(d.named, "en")}, yet the message comes from ${d.address}. Mail programs often show only the name: this makes a stranger look like ${d.named[0]}.`,
      es: (d: NamedData) =>
        `El nombre que se muestra del remitente, “${d.name}”, contiene ${listOf(d.named, "es")}, pero el mensaje viene de ${d.address}. Los programas de correo a menudo muestran solo el nombre: así un desconocido parece ${d.named[0]}.`,
    },
  },
  "claims-organisation": {
    title: {
      en: (d: ClaimData) => `The sender calls itself ${d.claims} but writes from ${d.domain}`,
      es: (d: ClaimData) => `El remitente dice ser ${d.claims} pero escribe desde ${d.domain}`,
    },
    detail: {
      en: (d: ClaimData) =>
        `The name “${d.name}” claims to be ${d.claims}, whose mail comes from ${d.realDomain}. This message comes from ${d.address}${freeNote(d, "en")}.`,
      es: (d: ClaimData) =>
        `El nombre “${d.name}” dice ser ${d.claims}, cuyo correo viene de ${d.realDomain}. Este mensaje viene de ${d.address}${freeNote(d, "es")}.`,
    },
  },
  vip: {
    title: {
      en: (d: ClaimData) => `A message in ${d.claims}'s name from outside the organisation`,
      es: (d: ClaimData) => `Un mensaje a nombre de ${d.claims} desde fuera de la organización`,
    },
    detail: {
      en: (d: ClaimData) =>
        `The sender's name is “${d.name}”, which matches ${d.claims}, but the address is ${d.address}${freeNote(d, "en")}. ` +
        `Attackers borrow the names of candidates and senior staff; confirm by phone or a new message to their usual address.`,
      es: (d: ClaimData) =>
        `El nombre del remitente es “${d.name}”, que coincide con ${d.claims}, pero la dirección es ${d.address}${freeNote(d, "es")}. ` +
        `Los atacantes usan los nombres de candidatos y altos cargos; confírmelo por teléfono o con un mensaje nuevo a su dirección habitual.`,
    },
  },
};

export const displayNameImpersonation = defineRule({
  id: "display-name-impersonation",
  meta: {
    category: "sender",
    severity: "suspicious",
    tip: "display-name-impersonation",
    docs: "Compares the From display name with the address: another address or domain in the name, a protected organisation's name or a configured VIP's name outside their own domain, and Mailsploit-style hidden characters.",
    messages,
  },
  check(facts, context) {
    const from = facts.from;
    if (!from?.domain) return [];
    const reports: Report<typeof messages>[] = [];
    const base: Base = { name: from.name, address: from.address, domain: from.domain.owner };
    const evidence = { displayName: from.name, address: from.address };

    const hidden = [...new Set(from.addressProblems.filter(isHidden))];
    if (hidden.length > 0) {
      reports.push({
        message: "hidden-characters",
        data: { ...base, hidden },
        severity: "dangerous",
        evidence: { ...evidence, problems: [...new Set(from.addressProblems)] },
      });
    }

    const named = domainsInText(from.name).filter((d) => d !== from.domain?.host.registrable);
    if (named.length > 0) {
      // "CNET News.com" naming its own brand is common; an address, or a domain that matters here, is not.
      const weighty =
        from.name.includes("@") || from.domain.freeMail || named.some((d) => context.domains.isTrusted(d));
      reports.push({
        message: "domain-in-name",
        data: { ...base, named },
        severity: weighty ? "suspicious" : "caution",
        evidence: { ...evidence, domainsInName: named },
      });
    }

    const organisation = named.length > 0 ? undefined : facts.claimedByName;
    // Free mail belongs to a trusted company, but anyone can open a mailbox there; Yahoo writing
    // from yahoo.com is still Yahoo.
    const registrable = from.domain.host.registrable;
    const own = organisation?.domain === registrable;
    if (organisation && !own && (from.domain.freeMail || !context.domains.isTrusted(registrable))) {
      reports.push({
        message: "claims-organisation",
        data: {
          ...base,
          claims: organisation.entry.name,
          realDomain: organisation.domain,
          freeMail: from.domain.freeMail,
        },
        severity: from.domain.freeMail ? "dangerous" : "suspicious",
        evidence: { ...evidence, claims: organisation.entry.name, realDomain: organisation.domain },
      });
    }

    const vip =
      from.domain.standing === "organization" ? undefined : vipClaimed(from.name, context.settings.vipNames);
    if (vip) {
      reports.push({
        message: "vip",
        data: { ...base, claims: vip, freeMail: from.domain.freeMail },
        evidence: { ...evidence, vip, organisationDomains: context.settings.organizationDomains },
      });
    }
    return reports;
  },
});
