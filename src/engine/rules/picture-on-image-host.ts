import { IMAGE_SHARING_HOSTS } from "../body/data/imageHosts";
import { findForHostOrParent } from "../domains/hostOrParent";
import { defineRule } from "./support/rule";

interface Data {
  site: string;
  host: string;
}

export const pictureOnImageHost = defineRule({
  id: "picture-on-image-host",
  meta: {
    category: "body",
    severity: "caution",
    tip: "picture-on-image-host",
    docs: "The message's pictures are loaded from a free image-sharing site (Imgur, Zupimages, Twitter's image server, Gyazo…) rather than from the sender's own site or mailing service: anyone can upload there without a trace. A caution that adds up with other signs.",
    messages: {
      "image-host": {
        title: {
          en: (d: Data) => `The message's pictures come from ${d.site}, a free image-sharing site`,
          es: (d: Data) =>
            `Las imágenes del mensaje vienen de ${d.site}, un sitio gratuito para compartir imágenes`,
        },
        detail: {
          en: (d: Data) =>
            `Its pictures are loaded from ${d.host}, where anyone can upload a picture without an account. Companies serve their pictures from their own site or mailing service.`,
          es: (d: Data) =>
            `Sus imágenes se cargan desde ${d.host}, donde cualquiera puede subir una imagen sin cuenta. Las empresas sirven sus imágenes desde su propio sitio o servicio de correo.`,
        },
      },
    },
  },
  check(facts) {
    const shared = facts.body.pictureHosts.flatMap((host) => {
      const site = findForHostOrParent(host.toLowerCase(), (suffix) => IMAGE_SHARING_HOSTS.get(suffix));
      return site ? [{ host, site }] : [];
    });
    if (shared.length === 0) return [];
    return [
      {
        message: "image-host",
        data: shared[0],
        evidence: { hosts: shared.map((s) => s.host), pictures: facts.body.images },
      },
    ];
  },
});
