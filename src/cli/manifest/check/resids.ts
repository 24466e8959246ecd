import { LIMITS, RESID_KIND } from "./tables";
import type { ManifestCheck } from "./types";
import { ancestor, descendants, resourcesFor, where } from "./xmlTree";

/** Every resid names a resource of the kind its element needs. */
export const checkResids: ManifestCheck = (root, add) => {
  for (const el of descendants(root)) {
    const resid = el.attrs.resid;
    if (resid === undefined) continue;
    if (resid.length > LIMITS.resid) {
      add(`resid "${resid}" on <${el.local}> is ${resid.length} characters; the limit is ${LIMITS.resid}`);
    }
    const vo = ancestor(el, "VersionOverrides");
    const res = vo ? resourcesFor(vo).get(resid) : undefined;
    if (!res) {
      add(`resid "${resid}" on <${el.local}> in ${where(el.parent ?? el)} does not match any resource id`);
      continue;
    }
    const want = RESID_KIND[el.local];
    if (want && res.kind !== want) {
      add(`resid "${resid}" on <${el.local}> refers to a ${res.kind}, but <${el.local}> needs a ${want}`);
    }
  }
};
