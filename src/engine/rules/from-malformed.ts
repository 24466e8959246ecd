import type { FromProblem } from "../facts/fromAddress";
import { listOf, type Language } from "../words/language";
import { revealHidden } from "./support/attachmentName";
import { defineRule } from "./support/rule";

const PROBLEM: Record<FromProblem, Record<Language, string>> = {
  "several-addresses": {
    en: "a comma that splits the sender into several entries",
    es: "una coma que divide al remitente en varias entradas",
  },
  "unterminated-quote": {
    en: "a quotation mark that never closes, hiding the address inside the name",
    es: "unas comillas que no se cierran y esconden la dirección dentro del nombre",
  },
  "unterminated-angle": {
    en: "an address bracket “<” that never closes",
    es: "un corchete de dirección “<” que no se cierra",
  },
  "address-in-comment": {
    en: "the address inside parentheses, where mail programs treat it as a comment",
    es: "la dirección entre paréntesis, donde los programas de correo la tratan como un comentario",
  },
  "empty-address": {
    en: "an empty address “<>”, which only automatic bounce messages use",
    es: "una dirección vacía “<>”, que solo usan los avisos automáticos de devolución",
  },
  "invalid-address": {
    en: "something in the address's place that is not an email address",
    es: "algo en el lugar de la dirección que no es una dirección de correo",
  },
  "no-address": { en: "a name but no address at all", es: "un nombre pero ninguna dirección" },
  "several-from-fields": {
    en: "more than one From line, so different mail programs show different senders",
    es: "más de una línea de remitente, así que cada programa de correo muestra un remitente distinto",
  },
  "invalid-domain": {
    en: "an address whose domain does not exist on the internet",
    es: "una dirección cuyo dominio no existe en internet",
  },
};

interface Data {
  problems: FromProblem[];
  /** The address a mail client shows, when one could be found. */
  address: string;
}

export const fromMalformed = defineRule({
  id: "from-malformed",
  meta: {
    category: "sender",
    severity: "suspicious",
    tip: "from-malformed",
    docs: "A From line that breaks the rules for addresses (an unquoted comma, an unterminated quote, the address in a comment, several From lines): legitimate mail software does not write these, phishing kits do, so that filters find no sender.",
    messages: {
      malformed: {
        title: {
          en: () => "The sender's address is malformed",
          es: () => "La dirección del remitente está mal formada",
        },
        detail: {
          en: (d: Data) =>
            `The From line has ${listOf(
              d.problems.map((p) => PROBLEM[p].en),
              "en",
            )}. Real mail programs never write this; it is done to slip past mail filters. ` +
            (d.address
              ? `The address your mail program shows is ${d.address}.`
              : "Without an address, the sender cannot be checked at all."),
          es: (d: Data) =>
            `La línea del remitente tiene ${listOf(
              d.problems.map((p) => PROBLEM[p].es),
              "es",
            )}. Ningún programa de correo real escribe esto; se hace para burlar los filtros de correo. ` +
            (d.address
              ? `La dirección que muestra su programa de correo es ${d.address}.`
              : "Sin dirección, el remitente no se puede comprobar de ningún modo."),
        },
      },
    },
  },
  check(facts) {
    const from = facts.from;
    if (!from || from.problems.length === 0) return [];
    return [
      {
        message: "malformed",
        data: { problems: from.problems, address: from.address },
        evidence: {
          ...(from.raw === undefined ? {} : { fromLine: revealHidden(from.raw) }),
          address: from.address || null,
          problems: from.problems,
        },
      },
    ];
  },
});
