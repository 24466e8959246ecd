import type { Report } from "./types";
import { where, type XmlElement } from "./xmlTree";

/** Reports children out of `order` (and, when `strict`, children not in it). */
export function checkOrder(parent: XmlElement, order: string[], strict: boolean, add: Report): void {
  let maxIndex = -1;
  let maxName = "";
  for (const c of parent.children) {
    const i = order.indexOf(c.local);
    if (i < 0) {
      if (strict) add(`Unexpected element <${c.local}> in ${where(parent)}`);
      continue;
    }
    if (i < maxIndex) {
      add(`Element order: <${c.local}> must come before <${maxName}> in ${where(parent)}`);
    } else {
      maxIndex = i;
      maxName = c.local;
    }
  }
}
