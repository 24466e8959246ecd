import type { Evidence } from "../analysis";
import { describeDomain } from "../facts/domainFacts";
import type { AuthResult } from "../headers/authResults";
import { listOf, type Language } from "../words/language";
import { signedFor } from "./support/dkimAlignment";
import { defineRule } from "./support/rule";

const FAILED = new Set(["fail", "softfail", "permerror"]);

type Reason = "dmarc" | "compauth" | "spf" | "spf-soft";

interface Data {
  /** "senate.gov (U.S. Senate)". */
  sender: string;
  domain: string;
  reasons: Reason[];
  /** The organisation's own or a protected domain, whose real mail passes these checks. */
  important: boolean;
  dmarcResult?: string;
}

const REASON: Record<Language, (r: Reason, domain: string) => string> = {
  en: (r, domain) =>
    ({
      dmarc: `the DMARC check for ${domain} failed`,
      compauth: "Microsoft's own sender check failed",
      spf: "the sending server is not one the domain allows (SPF) and no signature (DKIM) of the domain was verified",
      "spf-soft":
        "the sending server is not one the domain lists (SPF soft fail) and no signature (DKIM) of the domain was verified",
    })[r],
  es: (r, domain) =>
    ({
      dmarc: `la comprobación DMARC de ${domain} falló`,
      compauth: "la comprobación de remitente de Microsoft falló",
      spf: "el servidor que lo envió no es uno que el dominio permita (SPF) y no se verificó ninguna firma (DKIM) del dominio",
      "spf-soft":
        "el servidor que lo envió no es uno de los que el dominio indica (SPF, fallo leve) y no se verificó ninguna firma (DKIM) del dominio",
    })[r],
};

function summary(r: AuthResult | undefined): string | null {
  if (!r) return null;
  const props = Object.entries(r.props).map(([k, v]) => `${k}=${v}`);
  return [r.result, ...(r.reason ? [`(${r.reason})`] : []), ...props].join(" ");
}

export const senderAuthFailed = defineRule({
  id: "sender-auth-failed",
  meta: {
    category: "authentication",
    severity: "dangerous",
    tip: "sender-auth-failed",
    docs: "Reads the receiving server's Authentication-Results (DMARC, Microsoft compauth, SPF and DKIM) for the From domain.",
    messages: {
      failed: {
        title: {
          en: (d: Data) => `Sender authentication failed for ${d.domain}`,
          es: (d: Data) => `Falló la autenticación del remitente de ${d.domain}`,
        },
        detail: {
          en: (d: Data) =>
            `The message says it is from ${d.sender}, but the receiving mail server could not confirm it: ${listOf(
              d.reasons.map((r) => REASON.en(r, d.domain)),
              "en",
            )}. ` +
            (d.important
              ? "Real mail from this domain passes these checks: treat this as a forgery."
              : "The From address may be forged."),
          es: (d: Data) =>
            `El mensaje dice venir de ${d.sender}, pero el servidor de correo que lo recibió no pudo confirmarlo: ${listOf(
              d.reasons.map((r) => REASON.es(r, d.domain)),
              "es",
            )}. ` +
            (d.important
              ? "El correo auténtico de este dominio supera estas comprobaciones: trátelo como una falsificación."
              : "La dirección del remitente puede ser falsa."),
        },
      },
      unconfirmed: {
        title: {
          en: (d: Data) => `Sender could not be confirmed: ${d.domain}`,
          es: (d: Data) => `No se pudo confirmar el remitente: ${d.domain}`,
        },
        detail: {
          en: (d: Data) =>
            `The message says it is from ${d.sender}, but it carries no authentication results, so that could not be confirmed.`,
          es: (d: Data) =>
            `El mensaje dice venir de ${d.sender}, pero no trae resultados de autenticación, así que no se pudo confirmar.`,
        },
      },
      "dmarc-error": {
        title: {
          en: (d: Data) => `Sender could not be confirmed: ${d.domain}`,
          es: (d: Data) => `No se pudo confirmar el remitente: ${d.domain}`,
        },
        detail: {
          en: (d: Data) =>
            `The DMARC check for ${d.sender} could not be completed (${d.dmarcResult}), so the sender is unconfirmed.`,
          es: (d: Data) =>
            `La comprobación DMARC de ${d.sender} no se pudo completar (${d.dmarcResult}), así que el remitente no está confirmado.`,
        },
      },
    },
  },
  check(facts) {
    const { auth, internal } = facts;
    const from = facts.from?.domain;
    if (!from || !auth || internal) return [];
    const important = from.standing !== "other";
    const reasons: Reason[] = [];
    if (auth.dmarc?.result === "fail") reasons.push("dmarc");
    if (auth.compauth?.result === "fail") reasons.push("compauth");
    const spf = auth.spf?.result ?? auth.receivedSpf?.result;
    // As DMARC judges: only a signature of the From domain vouches for it (a bulk sender's or a
    // Google Workspace default "gappssmtp.com" signature does not).
    const dkimPassed = auth.dkim.some((d) => d.result === "pass" && signedFor(d, from.host.registrable));
    if (
      reasons.length === 0 &&
      spf &&
      FAILED.has(spf) &&
      !dkimPassed &&
      (!auth.dmarc || auth.dmarc.result === "none")
    ) {
      reasons.push(spf === "softfail" ? "spf-soft" : "spf");
    }
    const data: Data = { sender: describeDomain(from), domain: from.owner, reasons, important };
    const evidence: Evidence = {
      fromDomain: from.owner,
      dmarc: summary(auth.dmarc),
      compauth: summary(auth.compauth),
      spf: summary(auth.spf) ?? auth.receivedSpf?.raw ?? null,
      dkim: auth.dkim.map((d) => summary(d) ?? ""),
      resultsFrom: auth.trustedAuthservId ?? (auth.source === "none" ? "none" : "the receiving server"),
    };
    if (auth.untrustedIgnored > 0) evidence.ignoredResults = auth.untrustedIgnored;
    if (reasons.length > 0) {
      return [{ message: "failed", data, severity: important ? "dangerous" : "suspicious", evidence }];
    }
    if (important && auth.source === "none") {
      return [{ message: "unconfirmed", data, severity: "caution", evidence }];
    }
    const dmarc = auth.dmarc?.result;
    if (important && (dmarc === "temperror" || dmarc === "permerror")) {
      return [
        { message: "dmarc-error", data: { ...data, dmarcResult: dmarc }, severity: "caution", evidence },
      ];
    }
    return [];
  },
});
