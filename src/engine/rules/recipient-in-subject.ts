import { defineRule } from "./support/rule";

interface Data {
  /** What of the recipient's address the subject shows. */
  shown: string;
}

/** A local part distinctive enough to be the address rather than a first name ("jane.doe", "jdoe42"). */
function distinctive(local: string): boolean {
  return local.length >= 5 && /[._\-+0-9]/.test(local) && /\p{L}/u.test(local);
}

export const recipientInSubject = defineRule({
  id: "recipient-in-subject",
  meta: {
    category: "body",
    severity: "caution",
    tip: "recipient-in-subject",
    docs: "The subject shows the recipient's own address, or its distinctive local part (“jane.doe: your mailbox is full”): mass phishing fills in the address it was sent to, real services use your name.",
    messages: {
      address: {
        title: {
          en: () => "The subject shows your own email address",
          es: () => "El asunto muestra su propia dirección de correo",
        },
        detail: {
          en: (d: Data) =>
            `The subject contains “${d.shown}”, taken from the address the message was sent to. Mass phishing does this to look personal; services you use call you by your name.`,
          es: (d: Data) =>
            `El asunto contiene “${d.shown}”, tomado de la dirección a la que se envió el mensaje. El phishing masivo lo hace para parecer personal; los servicios que usa le llaman por su nombre.`,
        },
      },
    },
  },
  check(facts) {
    // Mail to a list names the list, not the reader; "[Razor-users]" is the list's tag.
    if (facts.headers.some((h) => h.key === "list-id")) return [];
    const subject = facts.message.subject.toLowerCase().replace(/\[[^\]]{0,80}\]/g, " ");
    if (subject.trim() === "") return [];
    for (const r of [...facts.message.to, ...facts.message.cc]) {
      const address = r.address.trim().toLowerCase();
      const at = address.lastIndexOf("@");
      if (at <= 0) continue;
      const local = address.slice(0, at);
      const shown = subject.includes(address)
        ? address
        : distinctive(local) && subject.includes(local)
          ? local
          : undefined;
      if (shown)
        return [
          {
            message: "address",
            data: { shown },
            evidence: { subject: facts.message.subject, recipient: r.address },
          },
        ];
    }
    return [];
  },
});
