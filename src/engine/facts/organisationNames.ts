import type { Context } from "../context";
import { COMMON_WORDS } from "../domains/data/commonWords";
import type { DomainIndex, ProtectedTarget } from "../domains/domainIndex";

/** Lower-case words separated by single spaces, padded, so names match on word boundaries only. */
export function words(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()} `;
}

/** A name a display name can borrow, as padded words, and whose it is. */
export interface NamePattern {
  pattern: string;
  target: ProtectedTarget;
}

/** Categories whose domain labels are product names ("docusign", "sharepoint"), not surnames ("hudson"). */
const BRAND_CATEGORIES = new Set(["identity-provider", "file-sharing", "communication", "campaign-platform"]);

/**
 * Names a display name can borrow: each protected owner's name ("U.S. Senate", "Hudson Institute")
 * and the labels of product brands ("docusign", "sharepoint"). A single common word ("Zoom", "Apple",
 * "House") is left out: "Apple Valley Farm" is not Apple. Built once per context.
 */
export function namePatterns(index: DomainIndex): NamePattern[] {
  const list: NamePattern[] = [];
  for (const target of index.targets) {
    const brand = BRAND_CATEGORIES.has(target.entry.category) && target.label.length >= 5;
    const candidates = [target.entry.name, brand ? target.label : ""];
    for (const candidate of candidates) {
      const pattern = words(candidate);
      const single = pattern.trim().split(" ");
      // One short word ("RAND", "Okta") is too often a surname or part of another name.
      if (single.length === 1 && (single[0].length < 5 || COMMON_WORDS.has(single[0]))) continue;
      if (!list.some((p) => p.pattern === pattern)) list.push({ pattern, target });
    }
  }
  return list;
}

/** The protected organisation a display name claims to be, if any. */
export function namedOrganisation(displayName: string, context: Context): ProtectedTarget | undefined {
  if (displayName.trim() === "") return undefined;
  const text = words(displayName);
  // The longest name wins: "Microsoft 365" over "Microsoft".
  let best: NamePattern | undefined;
  for (const p of context.namePatterns) {
    if (text.includes(p.pattern) && (!best || p.pattern.length > best.pattern.length)) best = p;
  }
  return best?.target;
}
