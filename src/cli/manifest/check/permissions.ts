import type { ManifestCheck } from "./types";
import { kid } from "./xmlTree";

/** Least privilege: the add-in reads the open item and nothing more. */
export const checkPermissions: ManifestCheck = (root, add) => {
  const permissions = kid(root, "Permissions")?.text;
  if (permissions !== undefined && permissions !== "ReadItem") {
    add(`<Permissions> must be ReadItem (least privilege), found "${permissions}"`);
  }
};
