import { defineRule } from "./support/rule";

/** Fewer visible words than this is a body with nothing to read. */
const FEW_WORDS = 15;

interface Data {
  words: number;
  images: number;
}

export const bodyNearEmpty = defineRule({
  id: "body-near-empty",
  meta: {
    category: "body",
    severity: "caution",
    tip: "body-near-empty",
    docs: "A message with almost no text, only a picture or a line, and a web link: a picture of text hides the words from mail filters, and the link does the rest.",
    messages: {
      "image-only": {
        title: {
          en: () => "The message is a picture with a link",
          es: () => "El mensaje es una imagen con un enlace",
        },
        detail: {
          en: (d: Data) =>
            `Its text is ${d.words} word${d.words === 1 ? "" : "s"}; the rest is ${d.images === 1 ? "a picture" : `${d.images} pictures`}. Phishers send their words as a picture so that filters cannot read them, and make the picture a link.`,
          es: (d: Data) =>
            `Su texto tiene ${d.words} palabra${d.words === 1 ? "" : "s"}; lo demás es ${d.images === 1 ? "una imagen" : `${d.images} imágenes`}. Los estafadores envían sus palabras como imagen para que los filtros no puedan leerlas, y convierten la imagen en un enlace.`,
        },
      },
      "near-empty": {
        title: {
          en: () => "The message says almost nothing but has a link",
          es: () => "El mensaje casi no dice nada pero tiene un enlace",
        },
        detail: {
          en: (d: Data) =>
            `Its text is ${d.words} word${d.words === 1 ? "" : "s"} and a link. A real message explains itself; one that only wants a click does not need to.`,
          es: (d: Data) =>
            `Su texto tiene ${d.words} palabra${d.words === 1 ? "" : "s"} y un enlace. Un mensaje real se explica; uno que solo busca un clic no lo necesita.`,
        },
      },
    },
  },
  check(facts) {
    const { words, images } = facts.body;
    if (words >= FEW_WORDS) return [];
    const web = facts.links.rows.some(
      (r) => (r.scheme === "https:" || r.scheme === "http:") && r.source !== "img",
    );
    // Attachments carry the content of many short messages ("see attached").
    if (!web || facts.message.attachments.some((a) => !a.inline)) return [];
    return [
      {
        message: images > 0 ? "image-only" : "near-empty",
        data: { words, images },
        evidence: { words, images, links: facts.links.rows.length },
      },
    ];
  },
});
