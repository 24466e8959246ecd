import { hostingPlatformOf } from "../links/data/freeHosting";
import { defineRule } from "./support/rule";

interface Data {
  host: string;
  platform: string;
}

export const senderOnPlatform = defineRule({
  id: "sender-on-platform",
  meta: {
    category: "sender",
    severity: "caution",
    tip: "sender-on-platform",
    docs: "The From address is on an app or hosting platform where anyone gets a name in minutes (*.firebaseapp.com, *.web.app, *.azurewebsites.net …): apps send password resets from there, organisations do not write from there.",
    messages: {
      platform: {
        title: {
          en: (d: Data) => `Sent from an address anyone can create on ${d.platform}`,
          es: (d: Data) => `Enviado desde una dirección que cualquiera puede crear en ${d.platform}`,
        },
        detail: {
          en: (d: Data) =>
            `The sender writes from ${d.host}, a name on ${d.platform}, where anyone can set up an app and send mail from it in minutes. Banks, shops and organisations write from their own domain.`,
          es: (d: Data) =>
            `El remitente escribe desde ${d.host}, un nombre de ${d.platform}, donde cualquiera puede crear una aplicación y enviar correo desde ella en minutos. Los bancos, las tiendas y las organizaciones escriben desde su propio dominio.`,
        },
      },
    },
  },
  check(facts) {
    const host = facts.from?.domain?.host.host;
    if (!host) return [];
    const platform = hostingPlatformOf(host);
    if (!platform) return [];
    return [
      {
        message: "platform",
        data: { host, platform: platform.name },
        evidence: { from: facts.from?.address ?? "", platform: platform.name },
      },
    ];
  },
});
