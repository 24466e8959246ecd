import { LIMITS, RESOURCE_GROUPS } from "./tables";
import type { ManifestCheck, Report } from "./types";
import { descendants, kids, where, type XmlElement } from "./xmlTree";

/** Each resource: an id (unique, short enough), a DefaultValue, strings within their lengths. */
export const checkResources: ManifestCheck = (root, add) => {
  for (const vo of descendants(root, "VersionOverrides")) resourcesOf(vo, add);
};

function resourcesOf(vo: XmlElement, add: Report): void {
  for (const res of kids(vo, "Resources")) {
    const ids = new Set<string>();
    for (const group of res.children) {
      const kind = RESOURCE_GROUPS[group.local];
      if (!kind) continue;
      for (const item of group.children) {
        const id = item.attrs.id ?? "";
        if (!id) add(`A ${kind} resource in ${where(group)} has no id`);
        if (id.length > LIMITS.resid) {
          add(`Resource id "${id}" is ${id.length} characters; the limit is ${LIMITS.resid}`);
        }
        if (ids.has(id)) add(`Resource id "${id}" is defined more than once in ${where(res)}`);
        ids.add(id);
        const values = [item.attrs.DefaultValue, ...kids(item, "Override").map((o) => o.attrs.Value)];
        if (item.attrs.DefaultValue === undefined) add(`Resource "${id}" has no DefaultValue`);
        const max =
          kind === "ShortString" ? LIMITS.shortString : kind === "LongString" ? LIMITS.longString : 0;
        for (const v of values) {
          if (v === undefined || max === 0) continue;
          if (v.length === 0) add(`${kind} "${id}" is empty`);
          if (v.length > max) add(`${kind} "${id}" is ${v.length} characters; the limit is ${max}`);
        }
      }
    }
  }
}
