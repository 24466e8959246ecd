import { count } from "../words/language";
import { linksEvidence } from "./support/linkEvidence";
import { defineRule, type Report } from "./support/rule";

interface Data {
  links: number;
  /** "javascript:". */
  scheme: string;
  destination: string;
}

const messages = {
  script: {
    title: {
      en: (d: Data) => `A link runs code instead of opening a page (${d.scheme.replace(":", "")})`,
      es: (d: Data) => `Un enlace ejecuta código en lugar de abrir una página (${d.scheme.replace(":", "")})`,
    },
    detail: {
      en: (d: Data) =>
        `${count(d.links, "link", "links")} ${d.links === 1 ? "starts" : "start"} with “${d.scheme}”: clicking would run or show content hidden in the message itself, a way to put a fake sign-in page in front of you without any website.`,
      es: (d: Data) =>
        `${count(d.links, "enlace empieza", "enlaces empiezan")} por “${d.scheme}”: al hacer clic se ejecutaría o mostraría contenido escondido en el propio mensaje, una forma de ponerle delante una página de inicio de sesión falsa sin ningún sitio web.`,
    },
  },
  file: {
    title: {
      en: () => "A link opens a file or network share",
      es: () => "Un enlace abre un archivo o una carpeta de red",
    },
    detail: {
      en: (d: Data) =>
        `${count(d.links, "link", "links")} ${d.links === 1 ? "points" : "point"} at ${d.destination}. Opening a file: link can run a program or send your Windows sign-in to a stranger's server.`,
      es: (d: Data) =>
        `${count(d.links, "enlace apunta", "enlaces apuntan")} a ${d.destination}. Abrir un enlace file: puede ejecutar un programa o enviar su inicio de sesión de Windows al servidor de un desconocido.`,
    },
  },
};

export const linkDangerousScheme = defineRule({
  id: "link-dangerous-scheme",
  meta: {
    category: "links",
    severity: "dangerous",
    tip: "link-dangerous-scheme",
    docs: "javascript:, vbscript: and data: links run or render content the message supplies; file: links open files or network shares.",
    messages,
  },
  check(facts) {
    const rows = facts.links.rows;
    const reports: Report<typeof messages>[] = [];
    const scripts = rows.filter((r) => r.flags.includes("script"));
    if (scripts.length > 0) {
      const data = { links: scripts.length, scheme: scripts[0].scheme, destination: scripts[0].destination };
      reports.push({ message: "script", data, evidence: linksEvidence(scripts) });
    }
    const files = rows.filter((r) => r.flags.includes("file"));
    if (files.length > 0) {
      const data = { links: files.length, scheme: files[0].scheme, destination: files[0].destination };
      reports.push({ message: "file", data, severity: "suspicious", evidence: linksEvidence(files) });
    }
    return reports;
  },
});
