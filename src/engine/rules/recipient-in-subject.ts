import { defineRule } from "./support/rule";

interface Data {
  /** What of the recipient's address the subject shows. */
  shown: string;
}

/** A local part distinctive enough to be the address rather than a first name ("jane.doe", "jdoe42"). */
function distinctive(local: string): boolean {
  return local.length >= 5 && /[._\-+0-9]/.test(local) && /\p{L}/u.test(local);
}

/** Characters at the top of the body read as its greeting; a footer's "sent to jane@…" is further down. */
const GREETING = 200;

interface Recipient {
  address: string;
}

/** What of a recipient's address the subject shows: all of it, or a distinctive local part. */
function subjectShows(subject: string, recipients: readonly Recipient[]) {
  for (const r of recipients) {
    const address = r.address.trim().toLowerCase();
    const at = address.lastIndexOf("@");
    if (at <= 0) continue;
    const local = address.slice(0, at);
    if (subject.includes(address)) return { shown: address, recipient: r.address };
    if (distinctive(local) && subject.includes(local)) return { shown: local, recipient: r.address };
  }
  return undefined;
}

/** Characters before the address searched for a quoted header's "To:" (a reply quoting the original). */
const QUOTED_HEADER = 40;

/** A recipient's whole address at the top of the body: "Dear jane.doe@example.org", not a quoted "To: <jane@…>". */
function greetingShows(top: string, recipients: readonly Recipient[]) {
  for (const r of recipients) {
    const address = r.address.trim().toLowerCase();
    const at = address.lastIndexOf("@") > 0 ? top.indexOf(address) : -1;
    if (at === -1) continue;
    const before = top.slice(Math.max(0, at - QUOTED_HEADER), at);
    if (before.includes("to:") || before.includes("cc:")) continue;
    return { shown: address, recipient: r.address };
  }
  return undefined;
}

export const recipientInSubject = defineRule({
  id: "recipient-in-subject",
  meta: {
    category: "body",
    severity: "caution",
    tip: "recipient-in-subject",
    docs: "The subject shows the recipient's own address, or its distinctive local part (“jane.doe: your mailbox is full”), or the first lines of the body greet the reader with the address (“Dear jane.doe@example.org”): mass phishing fills in the address it was sent to, real services use your name.",
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
      greeting: {
        title: {
          en: () => "The message greets you with your email address",
          es: () => "El mensaje le saluda con su dirección de correo",
        },
        detail: {
          en: (d: Data) =>
            `Its first lines address you as “${d.shown}”, the address it was sent to. Mass phishing fills in the address because it knows nothing else about you; services you use call you by your name.`,
          es: (d: Data) =>
            `Sus primeras líneas se dirigen a usted como “${d.shown}”, la dirección a la que se envió. El phishing masivo pone la dirección porque no sabe nada más de usted; los servicios que usa le llaman por su nombre.`,
        },
      },
    },
  },
  check(facts) {
    // Mail to a list names the list, not the reader; "[Razor-users]" is the list's tag.
    if (facts.headers.some((h) => h.key === "list-id")) return [];
    const recipients = [...facts.message.to, ...facts.message.cc];
    const subject = facts.message.subject.toLowerCase().replace(/\[[^\]]{0,80}\]/g, " ");
    const inSubject = subject.trim() === "" ? undefined : subjectShows(subject, recipients);
    if (inSubject)
      return [
        {
          message: "address",
          data: { shown: inSubject.shown },
          evidence: { subject: facts.message.subject, recipient: inSubject.recipient },
        },
      ];
    const top = facts.body.text.slice(0, GREETING);
    const inGreeting = greetingShows(top.toLowerCase(), recipients);
    if (inGreeting)
      return [
        {
          message: "greeting",
          data: { shown: inGreeting.shown },
          evidence: { greeting: top, recipient: inGreeting.recipient },
        },
      ];
    return [];
  },
});
