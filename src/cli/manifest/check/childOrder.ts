import { checkOrder } from "./order";
import { CHILD_ORDER } from "./tables";
import type { ManifestCheck } from "./types";
import { descendants, xsiType } from "./xmlTree";

/** The order of children below the top level, where the schema fixes it. */
export const checkChildOrder: ManifestCheck = (root, add) => {
  for (const el of descendants(root)) {
    const rule = CHILD_ORDER[el.local === "VersionOverrides" ? (xsiType(el) ?? "") : el.local];
    if (rule) checkOrder(el, rule.order, rule.strict ?? false, add);
  }
};
