import type { ManifestCheck } from "./types";
import { descendants, isOverridesV1_1, type XmlElement } from "./xmlTree";

/** The VersionOverrides 1.1 the later checks read, if the manifest has one. */
export function overridesV1_1(root: XmlElement): XmlElement | undefined {
  return descendants(root, "VersionOverrides").find(isOverridesV1_1);
}

/** Pinning and spam reporting need VersionOverrides 1.1. */
export const checkVersionOverrides: ManifestCheck = (root, add) => {
  if (!overridesV1_1(root))
    add(`No <VersionOverrides xsi:type="VersionOverridesV1_1"> (needed for pinning and spam reporting)`);
};
