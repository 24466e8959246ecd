import { NO_MATCHES, type Technique } from "./technique";

export const knownSpoof: Technique = {
  id: "known-spoof",
  severity: "dangerous",
  description: "The domain, or a parent of it, is on the feed's list of documented spoof domains.",
  find(subject, index) {
    const spoof = index.knownSpoof(subject.host);
    if (!spoof) return NO_MATCHES;
    const host = subject.host.host;
    const listed = spoof.domain === host ? spoof.domain : `${spoof.domain} (the parent domain of ${host})`;
    const target = spoof.imitates.length > 0 ? spoof.imitates.join(" and ") : "a trusted organisation";
    return [
      {
        technique: knownSpoof.id,
        severity: knownSpoof.severity,
        imitates: [...spoof.imitates],
        explanation: `${listed} is on the known spoof list: it was set up to imitate ${target} (reported ${spoof.reported}, source: ${spoof.source}).`,
        source: spoof.source,
      },
    ];
  },
};
