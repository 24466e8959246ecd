import { LIMITS } from "./tables";
import type { ManifestCheck, Report } from "./types";
import { descendants, where, type XmlElement } from "./xmlTree";

/** Every Control and Group has an id, unique within its VersionOverrides. */
export const checkUniqueIds: ManifestCheck = (root, add) => {
  for (const vo of descendants(root, "VersionOverrides")) uniqueIdsOf(vo, add);
};

function uniqueIdsOf(vo: XmlElement, add: Report): void {
  const seen = new Set<string>();
  const nested = (e: XmlElement) => e.local === "VersionOverrides";
  for (const el of descendants(vo, undefined, nested)) {
    if (el.local !== "Control" && el.local !== "Group") continue;
    const id = el.attrs.id;
    if (!id) {
      add(`A <${el.local}> in ${where(el.parent ?? el)} has no id`);
      continue;
    }
    if (id.length > LIMITS.shortString) add(`<${el.local}> id "${id}" is longer than ${LIMITS.shortString}`);
    if (seen.has(id)) add(`Control id "${id}" is used more than once in ${where(vo)}`);
    seen.add(id);
  }
}
