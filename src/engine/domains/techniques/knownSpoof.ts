import { listOf } from "../../words/language";
import { matchOf, NO_MATCHES, type Technique } from "./technique";

export const knownSpoof: Technique = {
  id: "known-spoof",
  severity: "dangerous",
  description: "The domain, or a parent of it, is on the feed's list of documented spoof domains.",
  find(subject, index) {
    const spoof = index.knownSpoof(subject.host);
    if (!spoof) return NO_MATCHES;
    const host = subject.host.host;
    return [
      matchOf(
        knownSpoof,
        [...spoof.imitates],
        (language) => {
          const target = listOf(spoof.imitates, language);
          if (language === "es") {
            const listed =
              spoof.domain === host ? spoof.domain : `${spoof.domain} (el dominio superior de ${host})`;
            return `${listed} está en la lista de dominios falsos conocidos: se creó para imitar a ${target || "una organización de confianza"}.`;
          }
          const listed =
            spoof.domain === host ? spoof.domain : `${spoof.domain} (the parent domain of ${host})`;
          return `${listed} is on the known spoof list: it was set up to imitate ${target || "a trusted organisation"}.`;
        },
        spoof.source,
      ),
    ];
  },
};
