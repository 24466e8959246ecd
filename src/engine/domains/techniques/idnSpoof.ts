import { shownAs } from "../explain";
import { matchOf, NO_MATCHES, type Technique } from "./technique";

export const idnSpoof: Technique = {
  id: "idn-spoof",
  severity: "suspicious",
  description:
    "An international (punycode) name that browsers refuse to display as text: mixed scripts, look-alike letters, invisible characters.",
  find(subject) {
    const { idn, host } = subject;
    if (idn.problems.length === 0) return NO_MATCHES;
    return [
      matchOf(idnSpoof, [], (language) => {
        // Each rule's explanation is a verb phrase ("mixes Latin and Cyrillic letters: …").
        const shown = shownAs(host.host, idn.unicode, language);
        if (language === "es") {
          const reasons = idn.problems.map((p) => p.explanations.es).join("; ");
          return `${shown} incumple las reglas que usan los navegadores contra los nombres internacionales falsificados: ${reasons}.`;
        }
        const reasons = idn.problems.map((p) => `it ${p.explanations.en}`).join("; ");
        return `${shown} breaks the rules browsers use against spoofed international names: ${reasons}.`;
      }),
    ];
  },
};
