import { randomCode } from "../content/randomness";
import { defineRule } from "./support/rule";

interface Data {
  token: string;
}

export const subjectRandomCode = defineRule({
  id: "subject-random-code",
  meta: {
    category: "content",
    severity: "caution",
    tip: "subject-random-code",
    docs: "A random code in the subject (“Notificação Emitida - RfUVZut0T7MXNK”): machine-made, with digits, unlike order numbers and technical words. A booster: it makes every copy of a mass mailing differ, but it says little alone.",
    messages: {
      "code-in-subject": {
        title: {
          en: (d: Data) => `The subject carries a random code: ${d.token}`,
          es: (d: Data) => `El asunto lleva un código al azar: ${d.token}`,
        },
        detail: {
          en: (d: Data) =>
            `“${d.token}” is machine-made: it makes every copy of a mass mailing different, so that filters cannot match them.`,
          es: (d: Data) =>
            `“${d.token}” está hecho por una máquina: hace que cada copia de un envío masivo sea distinta, para que los filtros no puedan reconocerlas.`,
        },
      },
    },
  },
  check(facts) {
    const token = randomCode(facts.message.subject);
    if (!token) return [];
    return [
      {
        message: "code-in-subject",
        data: { token },
        booster: true,
        evidence: { subject: facts.message.subject },
      },
    ];
  },
});
