import type { Finding } from "../analysis";
import { linkTable } from "../links/linkTable";
import type { Rule } from "./rule";
import { claimedBrand } from "./claimedBrand";
import { countLinks, linkFinding, linksEvidence } from "./linkFindings";

export const linkShortenerHosting: Rule = {
  id: "link-shortener-hosting",
  meta: {
    title: "A link hides behind a shortener or a free hosting platform",
    severity: "caution",
    tip: "link-shortener-hosting",
    docs: "Shorteners (bit.ly, t.co, …) hide the destination; free app and hosting platforms (*.run.app, *.web.app, storage.googleapis.com, IPFS gateways, …) host credential pages. A caution, raised when the message claims a protected brand.",
  },
  check(message, context) {
    const rows = linkTable(message).rows.filter(
      (r) => !r.registrable || !context.domains.isTrusted(r.registrable),
    );
    const brand = claimedBrand(message, context);
    const findings: Finding[] = [];
    const shortened = rows.filter((r) => r.flags.includes("shortener"));
    const hosted = rows.filter((r) => r.flags.includes("hosting"));
    const claim = brand
      ? ` The message claims to be from or about ${brand.entry.name}, which uses ${brand.domain}.`
      : "";
    if (shortened.length > 0) {
      findings.push(
        linkFinding(
          linkShortenerHosting,
          brand ? "suspicious" : "caution",
          `A link hides its destination behind ${shortened[0].registrable}`,
          `${countLinks(shortened.length)} ${shortened.length === 1 ? "uses" : "use"} a link shortener, so you cannot see where ${shortened.length === 1 ? "it goes" : "they go"} until you click.${claim}`,
          linksEvidence(shortened, brand ? { claims: brand.entry.name } : {}),
        ),
      );
    }
    if (hosted.length > 0) {
      findings.push(
        linkFinding(
          linkShortenerHosting,
          brand ? "suspicious" : "caution",
          `A link goes to a page anyone can put up on ${hosted[0].hosting}`,
          `${countLinks(hosted.length)} ${hosted.length === 1 ? "goes" : "go"} to ${hosted[0].host}, on ${hosted[0].hosting}: anyone can publish a page there in minutes, and fake sign-in pages often live on such platforms.${claim}`,
          linksEvidence(hosted, brand ? { claims: brand.entry.name } : {}),
        ),
      );
    }
    return findings;
  },
};
