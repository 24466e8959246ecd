import { disguisedWords, mixedScriptWords, type Disguise } from "../content/disguisedText";
import type { Severity } from "../analysis";
import { type Language } from "../words/language";
import { defineRule, type Report } from "./support/rule";

/** Where the disguise was found. */
type Place = "subject" | "name" | "body";

const PLACE: Record<Language, Record<Place, string>> = {
  en: { subject: "The subject", name: "The sender's name", body: "The message's text" },
  es: { subject: "El asunto", name: "El nombre del remitente", body: "El texto del mensaje" },
};

interface Data {
  place: Place;
  word: string;
}

const SEVERITY: Record<Disguise, Severity> = {
  "mixed-script": "suspicious",
  "styled-letters": "caution",
  "invisible-characters": "caution",
};

const EMOJI = /\p{Extended_Pictographic}/u;

/**
 * Disguised words the body needs before it counts: one Greek letter in a formula ("μs", "Δt") is
 * notation, several Latin words with Cyrillic letters ("Gоod аfterпоon") are a disguise.
 */
const BODY_WORDS = 3;
/** Characters of the body read: the disguise is in the pitch at the top. */
const BODY_TEXT = 6_000;

const messages = {
  "emoji-name": {
    title: {
      en: () => "The sender's name is decorated with emoji",
      es: () => "El nombre del remitente está adornado con emojis",
    },
    detail: {
      en: (d: Data) =>
        `The sender calls itself “${d.word}”. Banks, shops and organisations show their name; casinos, prize draws and scams decorate theirs to catch the eye.`,
      es: (d: Data) =>
        `El remitente se llama “${d.word}”. Los bancos, las tiendas y las organizaciones muestran su nombre; los casinos, los sorteos y las estafas adornan el suyo para llamar la atención.`,
    },
  },
  "mixed-script": {
    title: {
      en: (d: Data) => `${PLACE.en[d.place]} mixes in letters from another alphabet`,
      es: (d: Data) => `${PLACE.es[d.place]} mezcla letras de otro alfabeto`,
    },
    detail: {
      en: (d: Data) =>
        `“${d.word}” looks like an ordinary word, but some of its letters are Cyrillic or Greek look-alikes. Nobody types that by accident: it is done so that filters looking for the real word miss it.`,
      es: (d: Data) =>
        `“${d.word}” parece una palabra normal, pero algunas de sus letras son imitaciones cirílicas o griegas. Nadie escribe así por error: se hace para que los filtros que buscan la palabra real no la encuentren.`,
    },
  },
  "styled-letters": {
    title: {
      en: (d: Data) => `${PLACE.en[d.place]} is written in decorated letters`,
      es: (d: Data) => `${PLACE.es[d.place]} está escrito con letras decoradas`,
    },
    detail: {
      en: (d: Data) =>
        `“${d.word}” uses letters from Unicode's mathematical or full-width alphabets. They look like bold text, but to a mail filter they are different characters, so a brand's name written this way slips past it.`,
      es: (d: Data) =>
        `“${d.word}” usa letras de los alfabetos matemáticos o de ancho completo de Unicode. Parecen texto en negrita, pero para un filtro de correo son otros caracteres, y así el nombre de una marca escrito de este modo pasa sin ser visto.`,
    },
  },
  "invisible-characters": {
    title: {
      en: (d: Data) => `${PLACE.en[d.place]} hides invisible characters inside words`,
      es: (d: Data) => `${PLACE.es[d.place]} esconde caracteres invisibles dentro de las palabras`,
    },
    detail: {
      en: (d: Data) =>
        `“${d.word}” contains characters that take no space on screen. They split the word for mail filters while you read it whole.`,
      es: (d: Data) =>
        `“${d.word}” contiene caracteres que no ocupan espacio en pantalla. Parten la palabra para los filtros de correo mientras usted la lee entera.`,
    },
  },
};

export const disguisedText = defineRule({
  id: "disguised-text",
  meta: {
    category: "body",
    severity: "caution",
    tip: "disguised-text",
    docs: "The subject or the sender's name disguises words from filters: Latin words with Cyrillic or Greek look-alike letters (suspicious; in the body, three such words or more), letters from Unicode's mathematical or full-width alphabets, or invisible characters inside words; a sender's name decorated with emoji is a booster.",
    messages,
  },
  check(facts) {
    const reports: Report<typeof messages>[] = [];
    const seen = new Set<Disguise>();
    const places: [Place, string][] = [
      ["subject", facts.message.subject],
      ["name", facts.from?.name ?? ""],
    ];
    for (const [place, text] of places) {
      for (const { kind, word } of disguisedWords(text)) {
        if (seen.has(kind)) continue;
        seen.add(kind);
        reports.push({
          message: kind,
          data: { place, word },
          severity: SEVERITY[kind],
          evidence: { [place]: text, word },
        });
      }
    }
    if (!seen.has("mixed-script")) {
      const words = mixedScriptWords(facts.body.text.slice(0, BODY_TEXT), BODY_WORDS);
      if (words.length >= BODY_WORDS)
        reports.push({
          message: "mixed-script",
          data: { place: "body", word: words[0] },
          severity: SEVERITY["mixed-script"],
          evidence: { body: words, word: words[0] },
        });
    }
    const name = facts.from?.name ?? "";
    if (EMOJI.test(name)) {
      reports.push({
        message: "emoji-name",
        data: { place: "name", word: name },
        booster: true,
        evidence: { name },
      });
    }
    return reports;
  },
});
