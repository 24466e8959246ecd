import { signedFor } from "./support/dkimAlignment";
import { defineRule } from "./support/rule";

interface Data {
  domain: string;
}

export const senderUnauthenticated = defineRule({
  id: "sender-unauthenticated",
  meta: {
    category: "authentication",
    severity: "caution",
    tip: "sender-unauthenticated",
    docs: "The receiving server checked the message, and nothing it verified (a DKIM signature, SPF for the envelope, DMARC or Microsoft's compauth) belongs to the From domain; or the From domain publishes a DMARC policy so broken that it could not be applied (permerror). Small legitimate senders may lack DMARC, so this is a caution that adds up with other signs; a failure is sender-auth-failed's.",
    messages: {
      unverified: {
        title: {
          en: (d: Data) => `Nothing confirms the message really comes from ${d.domain}`,
          es: (d: Data) => `Nada confirma que el mensaje venga de verdad de ${d.domain}`,
        },
        detail: {
          en: (d: Data) =>
            `Your mail server checked the message, but none of its checks vouch for ${d.domain}: the sender's address could be typed by anyone.`,
          es: (d: Data) =>
            `Su servidor de correo comprobó el mensaje, pero ninguna comprobación respalda a ${d.domain}: cualquiera podría haber escrito esa dirección de remitente.`,
        },
      },
      "dmarc-broken": {
        title: {
          en: (d: Data) => `${d.domain} has a broken anti-forgery (DMARC) record`,
          es: (d: Data) => `${d.domain} tiene un registro antifalsificación (DMARC) roto`,
        },
        detail: {
          en: (d: Data) =>
            `Your mail server could not apply ${d.domain}'s DMARC policy because it is written wrongly, so the domain's own protection against forged mail did not run. Organisations that send a lot of mail get this right; throwaway sending domains often do not.`,
          es: (d: Data) =>
            `Su servidor de correo no pudo aplicar la política DMARC de ${d.domain} porque está mal escrita, así que la propia protección del dominio contra el correo falsificado no funcionó. Las organizaciones que envían mucho correo la tienen bien; los dominios desechables de envío a menudo no.`,
        },
      },
    },
  },
  check(facts) {
    const { auth, internal } = facts;
    const from = facts.from?.domain;
    if (!from || !auth || internal || auth.source === "none") return [];
    // A failure is a stronger finding of its own (sender-auth-failed).
    const failed =
      auth.dmarc?.result === "fail" ||
      auth.compauth?.result === "fail" ||
      ["fail", "softfail", "permerror"].includes(auth.spf?.result ?? auth.receivedSpf?.result ?? "");
    if (failed) return [];
    // Even when a signature or SPF vouches for the domain, a policy that cannot be read protects
    // nothing: 11.7% of the tuning halves' phishing carries one.
    if (auth.dmarc?.result === "permerror")
      return [
        {
          message: "dmarc-broken",
          data: { domain: from.owner },
          evidence: {
            fromDomain: from.owner,
            dmarc: auth.dmarc.result,
            resultsFrom: auth.trustedAuthservId ?? "the receiving server",
          },
        },
      ];
    if (facts.verifiedDomains.has(from.host.registrable)) return [];
    // A signature of the From domain that broke on the way (a mailing list edits the message) shows
    // the domain did sign it: forwarded mail, not a stranger typing the address.
    if (auth.dkim.some((d) => signedFor(d, from.host.registrable))) return [];
    // Received-SPF alone names the envelope domain it checked.
    const spf = auth.receivedSpf;
    if (
      spf?.result === "pass" &&
      spf.domain &&
      (spf.domain === from.host.registrable || spf.domain.endsWith(`.${from.host.registrable}`))
    )
      return [];
    return [
      {
        message: "unverified",
        data: { domain: from.owner },
        evidence: {
          fromDomain: from.owner,
          verifiedDomains: [...facts.verifiedDomains],
          dmarc: auth.dmarc?.result ?? null,
          resultsFrom: auth.trustedAuthservId ?? "the receiving server",
        },
      },
    ];
  },
});
