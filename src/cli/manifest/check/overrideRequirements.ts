import { MAX_OVERRIDE_MIN_VERSION } from "./tables";
import type { ManifestCheck } from "./types";
import { compareVersions } from "./values";
import { overridesV1_1 } from "./versionOverrides";
import { kid, kids } from "./xmlTree";

/** VersionOverrides 1.1 asks for no newer Mailbox than old clients have, so the buttons still show. */
export const checkOverrideRequirements: ManifestCheck = (root, add) => {
  const v11 = overridesV1_1(root);
  if (!v11) return;
  const requirements = kid(v11, "Requirements");
  const sets = requirements && kid(requirements, "Sets");
  const defaultMin = sets?.attrs.DefaultMinVersion ?? "1.1";
  if (compareVersions(defaultMin, MAX_OVERRIDE_MIN_VERSION) > 0) {
    add(
      `VersionOverrides 1.1 requires Mailbox ${defaultMin} (DefaultMinVersion); keep it at ${MAX_OVERRIDE_MIN_VERSION} ` +
        `or lower so the buttons still appear on clients without Mailbox 1.14`,
    );
  }
  for (const set of sets ? kids(sets, "Set") : []) {
    const min = set.attrs.MinVersion;
    if (
      set.attrs.Name === "Mailbox" &&
      min !== undefined &&
      compareVersions(min, MAX_OVERRIDE_MIN_VERSION) > 0
    ) {
      add(
        `VersionOverrides 1.1 requires Mailbox ${min} (Set MinVersion); keep it at ${MAX_OVERRIDE_MIN_VERSION} or lower`,
      );
    }
  }
};
