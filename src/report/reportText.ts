/**
 * Words about a report, in English and Spanish: what the security team reads in the report message,
 * and what the ribbon notice and Outlook's post-report dialog tell the user. Used by the commands
 * bundle (no React) and by the pane. reportText.test.ts checks that both languages have every key.
 */
import type { Language, Verdict } from "../engine";

/** Outlook's Report dialog options, in manifest order (manifest.xml, <ReportingOptions>). */
export const OPTION_KEYS = ["signIn", "impersonation", "linkOrFile", "other"] as const;

const en = {
  verdict: {
    ok: "no warning signs found",
    caution: "be careful with this message",
    suspicious: "this message looks suspicious",
    dangerous: "dangerous, likely phishing",
  } satisfies Record<Verdict, string>,
  options: {
    signIn: "Asks me to sign in",
    impersonation: "Pretends to be someone I know",
    linkOrFile: "Has a suspicious link or file",
    other: "Other",
  },
  /** The report message the security team receives. */
  mail: {
    intro: (reporter: string) => `${reporter} reported this message as possible phishing with CampaignGuard.`,
    someone: "A user",
    subject: "Subject",
    from: "From",
    messageId: "Message-ID",
    verdict: "CampaignGuard's verdict",
    findings: "Warning signs",
    noFindings: "none found",
    incomplete: "Checks that could not run",
    ticked: "The reporter ticked",
    comment: "The reporter wrote",
    sharedMailbox: "Mailbox",
    attached:
      "Attached: the original message, unmodified (reported-message.eml), and CampaignGuard's analysis (campaignguard-analysis.json).",
    notAttached: (reason: string) =>
      `The original message could not be attached (${reason}); the analysis is attached as campaignguard-analysis.json.`,
    composeAttached:
      "Attached: the original message. CampaignGuard's analysis is below (the add-in cannot attach files to a forward).",
  },
  /** Outlook's dialog after its own Report button (title is the add-in's name). */
  dialog: {
    sent: (where: string) => `Thank you. Your report was sent to ${where}.`,
    queued: (where: string, when: string) =>
      `Thank you. Your report to ${where} could not be sent right now; CampaignGuard keeps it and will send it ${when}.`,
    needsSignIn: (where: string) =>
      `Thank you. Your report to ${where} is kept, but sending it needs you to sign in: open CampaignGuard (Check message) to send it.`,
    already: (where: string, date: string) =>
      `You already reported this message: it was sent to ${where} on ${date}.`,
    composed: (where: string) =>
      `A forward to ${where} is open with the message attached: press Send to report it. The message stays where it is until you have sent it.`,
    composedNoTarget:
      "A forward is open with the message attached: add your security contact's address and press Send.",
    failed: (reason: string) =>
      `CampaignGuard could not send the report (${reason}). It is kept: open CampaignGuard (Check message) to try again, or tell your security contact.`,
    notConfigured:
      "Sending reports is turned off for your organisation, so nothing was sent and the message was not moved. Please tell your security contact about it.",
    misconfigured: (what: string) =>
      `Reports cannot be sent: your organisation's CampaignGuard settings are incomplete (${what}). Nothing was sent and the message was not moved. Please tell your security contact.`,
    prepareFailed: (reason: string) =>
      `CampaignGuard could not prepare a report (${reason}). Nothing was sent and the message was not moved. Please tell your security contact about it.`,
    movedJunk: "The message was moved to Junk Email.",
    movedDeleted: "The message was moved to Deleted Items.",
    kept: "The message stays where it is.",
    verdictLine: (phrase: string) => `CampaignGuard's verdict: ${phrase}.`,
  },
  /** One-line notice on the message after the ribbon's Report button (at most 150 characters). */
  notice: {
    sent: (where: string) => `CampaignGuard: report sent to ${where}.`,
    queued: (when: string) => `CampaignGuard: report kept; it will be sent ${when}.`,
    needsSignIn: "CampaignGuard: report kept. Open Check message and sign in to send it.",
    already: (date: string) => `CampaignGuard: you already reported this message (${date}).`,
    composed: "CampaignGuard: a forward with the message is open. Press Send to report it.",
    failed: "CampaignGuard could not send the report; it is kept. Open Check message to retry.",
    notConfigured: "CampaignGuard: sending reports is turned off. Please tell your security contact.",
    misconfigured:
      "CampaignGuard: report settings are incomplete, nothing was sent. Tell your security contact.",
    prepareFailed:
      "CampaignGuard could not prepare a report for this message. Nothing was sent. Please tell your security contact.",
  },
  when: {
    soon: "in a few minutes",
    minutes: (n: number) => (n <= 1 ? "in about a minute" : `in about ${n} minutes`),
    nextOpen: "the next time you open CampaignGuard or report a message",
  },
  reasons: {
    offline: "no network connection",
    timeout: "the server did not answer in time",
    server: (status: number) => `the server answered ${status}`,
    rejected: (status: number) => `the server refused the report (${status})`,
    signIn: "signing in to Microsoft 365 failed",
    consent: "your organisation has not allowed CampaignGuard to send mail",
    tooLarge: "the message is too large to send this way",
  },
  misconfigured: {
    target: "no security mailbox (report.target)",
    webhookUrl: "no https webhook address (report.webhookUrl)",
    clientId: "no app registration (report.clientId)",
  },
};

const es: typeof en = {
  verdict: {
    ok: "no se encontraron señales de alerta",
    caution: "tenga cuidado con este mensaje",
    suspicious: "este mensaje parece sospechoso",
    dangerous: "peligroso, probablemente phishing",
  },
  options: {
    signIn: "Me pide iniciar sesión",
    impersonation: "Se hace pasar por alguien que conozco",
    linkOrFile: "Tiene un enlace o archivo sospechoso",
    other: "Otro",
  },
  mail: {
    intro: (reporter: string) => `${reporter} denunció este mensaje como posible phishing con CampaignGuard.`,
    someone: "Un usuario",
    subject: "Asunto",
    from: "De",
    messageId: "Message-ID",
    verdict: "Veredicto de CampaignGuard",
    findings: "Señales de alerta",
    noFindings: "ninguna",
    incomplete: "Comprobaciones que no se pudieron hacer",
    ticked: "El denunciante marcó",
    comment: "El denunciante escribió",
    sharedMailbox: "Buzón",
    attached:
      "Adjuntos: el mensaje original, sin modificar (reported-message.eml), y el análisis de CampaignGuard (campaignguard-analysis.json).",
    notAttached: (reason: string) =>
      `No se pudo adjuntar el mensaje original (${reason}); el análisis va adjunto como campaignguard-analysis.json.`,
    composeAttached:
      "Adjunto: el mensaje original. El análisis de CampaignGuard está debajo (el complemento no puede adjuntar archivos a un reenvío).",
  },
  dialog: {
    sent: (where: string) => `Gracias. Su denuncia se envió a ${where}.`,
    queued: (where: string, when: string) =>
      `Gracias. Su denuncia a ${where} no se pudo enviar ahora; CampaignGuard la guarda y la enviará ${when}.`,
    needsSignIn: (where: string) =>
      `Gracias. Su denuncia a ${where} queda guardada, pero para enviarla debe iniciar sesión: abra CampaignGuard (Revisar mensaje) para enviarla.`,
    already: (where: string, date: string) => `Ya denunció este mensaje: se envió a ${where} el ${date}.`,
    composed: (where: string) =>
      `Se abrió un reenvío a ${where} con el mensaje adjunto: pulse Enviar para denunciarlo. El mensaje se queda donde está hasta que lo envíe.`,
    composedNoTarget:
      "Se abrió un reenvío con el mensaje adjunto: añada la dirección de su contacto de seguridad y pulse Enviar.",
    failed: (reason: string) =>
      `CampaignGuard no pudo enviar la denuncia (${reason}). Queda guardada: abra CampaignGuard (Revisar mensaje) para reintentarlo, o avise a su contacto de seguridad.`,
    notConfigured:
      "El envío de denuncias está desactivado en su organización, así que no se envió nada y el mensaje no se movió. Avise a su contacto de seguridad.",
    misconfigured: (what: string) =>
      `No se pueden enviar denuncias: la configuración de CampaignGuard de su organización está incompleta (${what}). No se envió nada y el mensaje no se movió. Avise a su contacto de seguridad.`,
    prepareFailed: (reason: string) =>
      `CampaignGuard no pudo preparar la denuncia (${reason}). No se envió nada y el mensaje no se movió. Avise a su contacto de seguridad.`,
    movedJunk: "El mensaje se movió a Correo no deseado.",
    movedDeleted: "El mensaje se movió a Elementos eliminados.",
    kept: "El mensaje se queda donde está.",
    verdictLine: (phrase: string) => `Veredicto de CampaignGuard: ${phrase}.`,
  },
  notice: {
    sent: (where: string) => `CampaignGuard: denuncia enviada a ${where}.`,
    queued: (when: string) => `CampaignGuard: denuncia guardada; se enviará ${when}.`,
    needsSignIn: "CampaignGuard: denuncia guardada. Abra Revisar mensaje e inicie sesión para enviarla.",
    already: (date: string) => `CampaignGuard: ya denunció este mensaje (${date}).`,
    composed: "CampaignGuard: se abrió un reenvío con el mensaje. Pulse Enviar para denunciarlo.",
    failed: "CampaignGuard no pudo enviar la denuncia; queda guardada. Abra Revisar mensaje para reintentar.",
    notConfigured: "CampaignGuard: el envío de denuncias está desactivado. Avise a su contacto de seguridad.",
    misconfigured:
      "CampaignGuard: configuración de denuncias incompleta, no se envió nada. Avise a seguridad.",
    prepareFailed:
      "CampaignGuard no pudo preparar la denuncia de este mensaje. No se envió nada. Avise a su contacto de seguridad.",
  },
  when: {
    soon: "en unos minutos",
    minutes: (n: number) => (n <= 1 ? "en más o menos un minuto" : `en unos ${n} minutos`),
    nextOpen: "la próxima vez que abra CampaignGuard o denuncie un mensaje",
  },
  reasons: {
    offline: "no hay conexión de red",
    timeout: "el servidor no respondió a tiempo",
    server: (status: number) => `el servidor respondió ${status}`,
    rejected: (status: number) => `el servidor rechazó la denuncia (${status})`,
    signIn: "no se pudo iniciar sesión en Microsoft 365",
    consent: "su organización no ha permitido que CampaignGuard envíe correo",
    tooLarge: "el mensaje es demasiado grande para enviarlo así",
  },
  misconfigured: {
    target: "falta el buzón de seguridad (report.target)",
    webhookUrl: "falta una dirección https de webhook (report.webhookUrl)",
    clientId: "falta el registro de la aplicación (report.clientId)",
  },
};

export type ReportText = typeof en;
export const REPORT_TEXT: Readonly<Record<Language, ReportText>> = { en, es };

/** Spanish for any Spanish locale, else English; the admin's choice wins. */
export function reportLanguage(configured: "auto" | Language, displayLanguage: string | undefined): Language {
  if (configured !== "auto") return configured;
  return (displayLanguage ?? "").toLowerCase().startsWith("es") ? "es" : "en";
}
