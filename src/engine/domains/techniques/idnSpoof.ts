import { shownAs } from "../explain";
import { NO_MATCHES, type Technique } from "./technique";

export const idnSpoof: Technique = {
  id: "idn-spoof",
  severity: "suspicious",
  description:
    "An international (punycode) name that browsers refuse to display as text: mixed scripts, look-alike letters, invisible characters.",
  find(subject) {
    const { idn, host } = subject;
    if (idn.problems.length === 0) return NO_MATCHES;
    // Each rule's explanation is a verb phrase ("mixes Latin and Cyrillic letters: …").
    const reasons = idn.problems.map((p) => `it ${p.explanation}`).join("; ");
    return [
      {
        technique: idnSpoof.id,
        severity: idnSpoof.severity,
        imitates: [],
        explanation: `${shownAs(host.host, idn.unicode)} breaks the rules browsers use against spoofed international names: ${reasons}.`,
      },
    ];
  },
};
