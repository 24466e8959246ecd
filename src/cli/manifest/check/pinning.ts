import type { ManifestCheck } from "./types";
import { ancestor, descendants, isOverridesV1_1 } from "./xmlTree";

/** <SupportsPinning> means something only in VersionOverrides 1.1. */
export const checkPinning: ManifestCheck = (root, add) => {
  for (const pin of descendants(root, "SupportsPinning")) {
    const vo = ancestor(pin, "VersionOverrides");
    if (!vo || !isOverridesV1_1(vo)) add(`<SupportsPinning> is only valid inside VersionOverrides 1.1`);
  }
};
