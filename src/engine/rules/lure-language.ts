import type { LureHit } from "../content/lures";
import { fortuneIn } from "../content/fortune";
import { findLures, moneyInSubject } from "../content/lures";
import type { LureKind } from "../content/lureLexicon";
import { listOf, type Language } from "../words/language";
import { defineRule } from "./support/rule";

const KIND: Record<Language, Record<LureKind, string>> = {
  en: {
    account: "an account or password problem",
    document: "a shared document or voicemail",
    payment: "a payment, invoice or refund",
    delivery: "a parcel or delivery fee",
    prize: "a prize, gift or reward",
    casino: "a casino bonus or payout",
    crypto: "a crypto wallet",
    "money-request": "an urgent favour or money transfer",
    sextortion: "a threat to publish recordings",
    investment: "easy money from an investment",
    dating: "a date or adult contact",
    offer: "an offer that needs your details",
  },
  es: {
    account: "un problema con una cuenta o contraseña",
    document: "un documento compartido o un mensaje de voz",
    payment: "un pago, una factura o un reembolso",
    delivery: "un paquete o una tasa de entrega",
    prize: "un premio, regalo o recompensa",
    casino: "un bono o pago de casino",
    crypto: "una billetera de criptomonedas",
    "money-request": "un favor urgente o una transferencia de dinero",
    sextortion: "una amenaza de publicar grabaciones",
    investment: "dinero fácil con una inversión",
    dating: "una cita o un contacto para adultos",
    offer: "una oferta que pide sus datos",
  },
};

/** Stories a free mailbox has no business telling. */
const SCAM_KINDS: ReadonlySet<LureKind> = new Set(["money-request", "investment", "prize", "sextortion"]);

/** Characters of the body read for lures: the pitch comes first; a long newsletter's tail adds only noise. */
const LURE_TEXT = 6_000;

/** Words of a short note: an advance-fee pitch is a paragraph, a newsletter naming millions is not. */
const SHORT_NOTE = 150;

/** Quoted phrases shown to the reader, at most this many. */
const SHOWN = 3;

interface Data {
  kinds: LureKind[];
  phrases: string[];
}

/** "a prize, gift or reward or a crypto wallet": the kinds of lure, in the reader's language. */
const kindsIn = (language: Language, d: Data) =>
  listOf(
    d.kinds.map((k) => KIND[language][k]),
    language,
    "or",
  );

/** The phrases the message used, quoted. */
const quotedIn = (language: Language, d: Data) =>
  listOf(
    d.phrases.map((p) => `“${p}”`),
    language,
  );

export const lureLanguage = defineRule({
  id: "lure-language",
  meta: {
    category: "content",
    severity: "caution",
    tip: "lure-language",
    docs: "An advance-fee, investment, prize or sextortion story from a free mailbox (suspicious on its own) or in a short note from any other mailbox (a caution of its own); otherwise, as a booster that only counts beside a sign of another kind: phrases phishing uses to make people act (password expiry, a shared document, an invoice, a parcel fee, a prize, a casino payout, a crypto wallet, an urgent favour, sextortion) in English, Spanish, Portuguese, German, French, Dutch and Italian, in the subject and the visible text, a sum of money dangled in the subject, and a fortune (100,000 or more, or millions, of a currency) anywhere.",
    messages: {
      "free-mail-scam": {
        title: {
          en: (d: Data) => `A stranger's free mailbox offers ${kindsIn("en", d)}`,
          es: (d: Data) => `Un buzón gratuito de un desconocido ofrece ${kindsIn("es", d)}`,
        },
        detail: {
          en: (d: Data) =>
            `The message comes from a free mailbox and says ${quotedIn("en", d)}. Inheritances, investment returns, prizes and threats sent from a free mailbox are the oldest scams there are: do not reply.`,
          es: (d: Data) =>
            `El mensaje viene de un buzón gratuito y dice ${quotedIn("es", d)}. Herencias, rentabilidades, premios y amenazas enviados desde un buzón gratuito son las estafas más antiguas: no responda.`,
        },
      },
      "scam-story": {
        title: {
          en: (d: Data) => `A short note offers ${kindsIn("en", d)}`,
          es: (d: Data) => `Una nota breve ofrece ${kindsIn("es", d)}`,
        },
        detail: {
          en: (d: Data) =>
            `It says ${quotedIn("en", d)}. Inheritances, investment returns, prizes and threats in a few lines from someone you do not know are the oldest scams there are, often sent from a hijacked mailbox: do not reply.`,
          es: (d: Data) =>
            `Dice ${quotedIn("es", d)}. Herencias, rentabilidades, premios y amenazas en pocas líneas de alguien que no conoce son las estafas más antiguas, a menudo enviadas desde un buzón robado: no responda.`,
        },
      },
      lure: {
        title: {
          en: (d: Data) => `The message pushes ${kindsIn("en", d)}`,
          es: (d: Data) => `El mensaje insiste en ${kindsIn("es", d)}`,
        },
        detail: {
          en: (d: Data) =>
            `It says ${quotedIn("en", d)}. Phishing uses such words to make you act before you think.`,
          es: (d: Data) =>
            `Dice ${quotedIn("es", d)}. El phishing usa estas palabras para que actúe antes de pensar.`,
        },
      },
    },
  },
  check(facts) {
    const bodyText = facts.body.text.slice(0, LURE_TEXT);
    const hits: LureHit[] = findLures(`${facts.message.subject}\n${bodyText}`);
    const money = moneyInSubject(facts.message.subject);
    if (money) hits.push({ kind: "prize", phrase: money });
    // A fortune to be sent ("US$ 9.5 million") is the advance-fee story's hook; news and reports
    // name millions too, but at length, not in a short note. The body only: a sum in the subject
    // already counted above, and one sum must not make two phrases of a scam.
    const fortune = facts.body.words <= SHORT_NOTE ? fortuneIn(bodyText) : undefined;
    if (fortune) hits.push({ kind: "money-request", phrase: fortune });
    if (hits.length === 0) return [];
    const kinds = [...new Set(hits.map((h) => h.kind))];
    const phrases = hits.slice(0, SHOWN).map((h) => h.phrase);
    const evidence = { lures: kinds, phrases: hits.map((h) => h.phrase) };
    // Advance-fee, investment, prize and sextortion stories from a free mailbox need nothing else:
    // two phrases of such a story, not one word that ordinary mail uses too ("winner", "kindly").
    const scamHits = hits.filter((h) => SCAM_KINDS.has(h.kind));
    // A mailing list the reader joined carries members' posts, not a stranger's pitch.
    const listMail = facts.headers.some((h) => h.key === "list-id");
    if (!listMail && scamHits.length >= 2) {
      const scam = {
        kinds: [...new Set(scamHits.map((h) => h.kind))],
        phrases: scamHits.slice(0, SHOWN).map((h) => h.phrase),
      };
      if (facts.from?.domain?.freeMail) {
        return [{ message: "free-mail-scam", data: scam, severity: "suspicious", evidence }];
      }
      // From any other mailbox (often a hijacked one), the same story in a few lines is a sign of
      // its own: 155 of the tuning halves' phishing, 1 of their ham.
      if (facts.body.words <= SHORT_NOTE) return [{ message: "scam-story", data: scam, evidence }];
    }
    return [
      {
        message: "lure",
        data: { kinds, phrases },
        booster: true,
        evidence,
      },
    ];
  },
});
