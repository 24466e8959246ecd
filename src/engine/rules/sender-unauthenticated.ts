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
    docs: "The receiving server checked the message, and nothing it verified (a DKIM signature, SPF for the envelope, DMARC or Microsoft's compauth) belongs to the From domain. Small legitimate senders may lack DMARC, so this is a caution that adds up with other signs; a failure is sender-auth-failed's.",
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
    },
  },
  check(facts) {
    const { auth, internal } = facts;
    const from = facts.from?.domain;
    if (!from || !auth || internal || auth.source === "none") return [];
    if (facts.verifiedDomains.has(from.host.registrable)) return [];
    // A signature of the From domain that broke on the way (a mailing list edits the message) shows
    // the domain did sign it: forwarded mail, not a stranger typing the address.
    if (auth.dkim.some((d) => signedFor(d, from.host.registrable))) return [];
    // A failure is a stronger finding of its own (sender-auth-failed).
    const failed =
      auth.dmarc?.result === "fail" ||
      auth.compauth?.result === "fail" ||
      ["fail", "softfail", "permerror"].includes(auth.spf?.result ?? auth.receivedSpf?.result ?? "");
    if (failed) return [];
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
