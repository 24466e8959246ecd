import { longestDigitRun, looksRandom, randomCode } from "../content/randomness";
import { defineRule, type Report } from "./support/rule";

/** A number this long in a sender's name is a "protocol" or "case" code, never a name. */
const LONG_NUMBER = 9;
/** A number this long in an address's local part is a per-message serial; account numbers and years are shorter. */
const SERIAL = 15;

interface Data {
  token: string;
}

/** Punctuation no name is written with: "~..Entrega perdida..", "*Thank_You#", "Payment..Declined". */
function garbled(name: string): boolean {
  let junk = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if (c === "~" || c === "*" || c === "#" || c === "_" || c === "^" || c === "=") junk++;
    else if (c === "." && name[i + 1] === ".") {
      junk++;
      while (name[i + 1] === ".") i++;
    }
  }
  return junk >= 2;
}

const messages = {
  "garbled-name": {
    title: {
      en: (d: Data) => `The sender's name is garbled: ${d.token}`,
      es: (d: Data) => `El nombre del remitente está desfigurado: ${d.token}`,
    },
    detail: {
      en: () =>
        "Nobody writes their name with stray dots, tildes, stars or underscores. Bulk senders mangle names this way so that each copy differs and filters cannot match it.",
      es: () =>
        "Nadie escribe su nombre con puntos, virgulillas, asteriscos o guiones bajos sueltos. Los envíos masivos desfiguran los nombres así para que cada copia sea distinta y los filtros no la reconozcan.",
    },
  },
  "random-address": {
    title: {
      en: (d: Data) => `The sender's address is a random string: ${d.token}`,
      es: (d: Data) => `La dirección del remitente es una cadena al azar: ${d.token}`,
    },
    detail: {
      en: (d: Data) =>
        `No person or company picks “${d.token}” as an address. Bulk phishing makes a new random sender for each message so that filters cannot block it.`,
      es: (d: Data) =>
        `Ninguna persona ni empresa elige “${d.token}” como dirección. El phishing masivo crea un remitente al azar para cada mensaje y así los filtros no pueden bloquearlo.`,
    },
  },
  "code-in-name": {
    title: {
      en: (d: Data) => `The sender's name carries a code: ${d.token}`,
      es: (d: Data) => `El nombre del remitente lleva un código: ${d.token}`,
    },
    detail: {
      en: (d: Data) =>
        `Real senders are called by their name, not “${d.token}”. A reference number or random code in the name makes a mass mailing look like a case about you.`,
      es: (d: Data) =>
        `Los remitentes reales se llaman por su nombre, no “${d.token}”. Un número de referencia o un código al azar en el nombre hace que un envío masivo parezca un asunto suyo.`,
    },
  },
};

export const machineMadeSender = defineRule({
  id: "machine-made-sender",
  meta: {
    category: "sender",
    severity: "caution",
    tip: "machine-made-sender",
    docs: "Random strings where people write names: a From address like xunIqVya@ or a2jhnjk8ta1y@ or with a per-message serial of 15 digits or more, a long number or random code in the sender's name, a name garbled with stray punctuation. Bulk phishing varies them so no two copies match.",
    messages,
  },
  check(facts) {
    const from = facts.from;
    if (!from?.address) return [];
    const reports: Report<typeof messages>[] = [];
    const local = from.address.slice(0, from.address.lastIndexOf("@"));
    if (looksRandom(local, true) || longestDigitRun(local) >= SERIAL) {
      reports.push({
        message: "random-address",
        data: { token: local },
        evidence: { address: from.address },
      });
    } else {
      const number =
        longestDigitRun(from.name) >= LONG_NUMBER ? from.name.match(/[0-9]{9,}/)?.[0] : undefined;
      const code = number ?? randomCode(from.name);
      if (code)
        reports.push({
          message: "code-in-name",
          data: { token: code },
          evidence: { displayName: from.name },
        });
      else if (garbled(from.name))
        reports.push({
          message: "garbled-name",
          data: { token: from.name },
          evidence: { displayName: from.name },
        });
    }
    return reports;
  },
});
