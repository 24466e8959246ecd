import { checkOrder } from "./order";
import { OFFICE_APP_ORDER, REQUIRED_TOP_LEVEL } from "./tables";
import type { ManifestCheck } from "./types";

/** <OfficeApp>'s children: in order, each once, the required ones present. */
export const checkTopLevel: ManifestCheck = (root, add) => {
  checkOrder(root, [...OFFICE_APP_ORDER], true, add);
  const seen = new Map<string, number>();
  for (const c of root.children) seen.set(c.local, (seen.get(c.local) ?? 0) + 1);
  for (const [name, count] of seen) {
    if (count > 1) add(`<${name}> appears ${count} times in <OfficeApp>; it may appear once`);
  }
  for (const name of REQUIRED_TOP_LEVEL) {
    if (!seen.has(name)) add(`<OfficeApp> is missing required element <${name}>`);
  }
};
