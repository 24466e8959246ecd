import { defineRule } from "./support/rule";

/** Header fields of mail delivered through a list or a newsletter service: its members are the recipients. */
const LIST_FIELDS: ReadonlySet<string> = new Set([
  "list-id",
  "list-post",
  "list-unsubscribe",
  "mailing-list",
  "x-mailing-list",
  "x-beenthere",
]);

function throughList(facts: { headers: readonly { key: string; value: string }[] }): boolean {
  return facts.headers.some(
    (h) =>
      LIST_FIELDS.has(h.key) ||
      (h.key === "precedence" && ["list", "bulk"].includes(h.value.trim().toLowerCase())),
  );
}

function hasAddress(mailboxes: readonly { address: string }[]): boolean {
  return mailboxes.some((m) => m.address.includes("@"));
}

export const undisclosedRecipients = defineRule({
  id: "undisclosed-recipients",
  meta: {
    category: "sender",
    severity: "caution",
    tip: "undisclosed-recipients",
    docs: "Neither To nor Cc names anyone (“undisclosed-recipients”, or no To line at all): the reader got a blind copy, like everyone else on the sender's list. Mass scams are sent this way. A booster: announcements are sent by blind copy too. Read only when the headers are there; mail through a mailing list is left out.",
    messages: {
      hidden: {
        title: {
          en: () => "The message was sent to a hidden list of recipients",
          es: () => "El mensaje se envió a una lista oculta de destinatarios",
        },
        detail: {
          en: () =>
            "Neither To nor Cc names anyone: you got a blind copy, like everyone else the sender mailed. People and services you deal with write to you by name.",
          es: () =>
            "Ni Para ni CC nombran a nadie: usted recibió una copia oculta, como todos los demás a quienes escribió el remitente. Las personas y los servicios con los que trata le escriben por su nombre.",
        },
      },
    },
  },
  check(facts) {
    // Without the headers (Outlook mobile) the recipients may simply not have been read.
    if (facts.headers.length === 0) return [];
    if (throughList(facts)) return [];
    const { to, cc } = facts.message;
    if (hasAddress(to) || hasAddress(cc)) return [];
    // A header block without any To line is more often cut short (archives keep a few fields) than
    // sent that way; "undisclosed-recipients:;" is written by the sender's own software.
    const written = facts.headers.find((h) => h.key === "to")?.value.trim();
    if (written === undefined) return [];
    return [{ message: "hidden", data: undefined, booster: true, evidence: { to: written } }];
  },
});
