import { addressDomain } from "../domains/normalize";
import { parseReceivedSpf } from "../headers/authResults";
import { defineRule } from "./support/rule";

const FAILED = new Set(["fail", "softfail"]);

interface Data {
  domain: string;
  /** The server that wrote the check, when it named itself. */
  server?: string;
}

export const spfFailedUpstream = defineRule({
  id: "spf-failed-upstream",
  meta: {
    category: "authentication",
    severity: "caution",
    tip: "spf-failed-upstream",
    docs: "A mail server earlier on the message's way recorded (Received-SPF) that the From domain does not allow the server that handed it the message, and the message was passed on anyway: bulk senders relay through a Microsoft 365 tenant so that the last hop passes. The topmost Received-SPF, your own server's, is sender-auth-failed's; an earlier one can only be written by the sender's side, which has no reason to write a failure against itself.",
    messages: {
      "failed-upstream": {
        title: {
          en: (d: Data) => `A server on the way found that ${d.domain} did not send this`,
          es: (d: Data) => `Un servidor en el camino comprobó que ${d.domain} no envió esto`,
        },
        detail: {
          en: (d: Data) =>
            `${d.server ?? "A mail server"} checked the message before it reached you and found that ${d.domain} does not allow the server it came from (SPF). It was relayed on anyway, so that the last step looks clean.`,
          es: (d: Data) =>
            `${d.server ?? "Un servidor de correo"} comprobó el mensaje antes de que le llegara y vio que ${d.domain} no autoriza al servidor del que venía (SPF). Aun así se reenvió, para que el último paso parezca limpio.`,
        },
      },
    },
  },
  check(facts) {
    const from = facts.from?.domain;
    if (!from || facts.internal) return [];
    // The first Received-SPF is your own server's; the others were written before it, on the way.
    const earlier = facts.headers.filter((h) => h.key === "received-spf").slice(1);
    for (const field of earlier) {
      const spf = parseReceivedSpf(field.raw);
      if (!FAILED.has(spf.result) || !spf.domain) continue;
      if (addressDomain(`x@${spf.domain}`)?.registrable !== from.host.registrable) continue;
      return [
        {
          message: "failed-upstream",
          data: { domain: from.owner, ...(spf.receiver ? { server: spf.receiver } : {}) },
          evidence: { receivedSpf: spf.raw, result: spf.result, clientIp: spf.clientIp ?? null },
        },
      ];
    }
    return [];
  },
});
