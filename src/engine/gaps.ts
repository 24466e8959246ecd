import type { Incomplete } from "./analysis";
import { LIMITS } from "./limits";
import type { Language, Text } from "./words/language";

/** What the budgets left out of a message (engine/limits). */
interface LimitData {
  links: boolean;
  attachments: number;
  addresses: number;
  receivedHops: number;
}

type LimitWords = { links: string } & Record<Exclude<keyof LimitData, "links">, (n: number) => string>;

function listed(d: LimitData, words: LimitWords): string {
  const parts: string[] = [];
  if (d.links) parts.push(words.links);
  for (const key of ["attachments", "addresses", "receivedHops"] as const)
    if (d[key] > 0) parts.push(words[key](d[key]));
  return parts.join("; ");
}

/** Why part of a message could not be checked, in every language; `detail` is the error's own words. */
const GAPS = {
  headers: {
    en: () =>
      "The message's internet headers were not available, so its Reply-To and Return-Path addresses, its sender authentication (SPF, DKIM, DMARC) and the servers it passed through could not be checked. The From and Sender addresses Outlook reports were still checked.",
    es: () =>
      "No se pudieron obtener los encabezados de internet del mensaje, así que no se comprobaron sus direcciones Reply-To y Return-Path, la autenticación del remitente (SPF, DKIM, DMARC) ni los servidores por los que pasó. Sí se comprobaron las direcciones From y Sender que da Outlook.",
  },
  body: {
    en: () =>
      "Only the message's headers were given, so its links, attachments and text could not be checked.",
    es: () =>
      "Solo se dieron los encabezados del mensaje, así que no se pudieron comprobar sus enlaces, adjuntos ni texto.",
  },
  from: {
    en: () => "The message has no From address, so the sender could not be checked.",
    es: () => "El mensaje no tiene dirección de remitente, así que no se pudo comprobar quién lo envía.",
  },
  links: {
    en: (d: { detail: string }) => `The message's links could not be read: ${d.detail}`,
    es: (d: { detail: string }) => `No se pudieron leer los enlaces del mensaje: ${d.detail}`,
  },
  "header-summary": {
    en: (d: { detail: string }) => `The message details could not be read: ${d.detail}`,
    es: (d: { detail: string }) => `No se pudieron leer los detalles del mensaje: ${d.detail}`,
  },
  limits: {
    en: (d: LimitData) =>
      `The message is larger than CampaignGuard checks, so part of it was not checked: ${listed(d, {
        links: `links past the first ${LIMITS.links.toLocaleString("en-US")}`,
        attachments: (n) => `${n} attachments`,
        addresses: (n) => `${n} recipient or Reply-To addresses`,
        receivedHops: (n) => `${n} Received lines`,
      })}.`,
    es: (d: LimitData) =>
      `El mensaje es más grande de lo que CampaignGuard comprueba, así que una parte no se comprobó: ${listed(
        d,
        {
          links: `los enlaces a partir del ${LIMITS.links.toLocaleString("es")}`,
          attachments: (n) => `${n} adjuntos`,
          addresses: (n) => `${n} direcciones de destinatarios o Reply-To`,
          receivedHops: (n) => `${n} líneas Received`,
        },
      )}.`,
  },
  rule: {
    en: (d: { detail: string; rule: string }) => `The check "${d.rule}" failed: ${d.detail}`,
    es: (d: { detail: string; rule: string }) => `La comprobación "${d.rule}" falló: ${d.detail}`,
  },
} satisfies Record<string, Text<never>>;

type GapData<K extends keyof typeof GAPS> = Parameters<(typeof GAPS)[K]["en"]>[0];

/** A gap in the reader's language; `rule` names the check, or the missing input ("headers"). */
export function gap<K extends keyof typeof GAPS>(
  kind: K,
  language: Language,
  ...[data]: GapData<K> extends undefined ? [] : [GapData<K>]
): Incomplete {
  const text = GAPS[kind][language] as (d: unknown) => string;
  const rule = kind === "rule" ? (data as { rule: string }).rule : kind;
  return { rule, reason: text(data) };
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
