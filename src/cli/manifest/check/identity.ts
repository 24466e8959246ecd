import { LIMITS } from "./tables";
import type { ManifestCheck } from "./types";
import { kid } from "./xmlTree";

/** <Id> a GUID, <Version> dotted numbers, names and description within the schema's lengths. */
export const checkIdentity: ManifestCheck = (root, add) => {
  const id = kid(root, "Id")?.text;
  if (id !== undefined && !/^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i.test(id)) {
    add(`<Id> must be a GUID, found "${id}"`);
  }
  const version = kid(root, "Version")?.text;
  if (version !== undefined && !/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version)) {
    add(`<Version> must look like n, n.n, n.n.n or n.n.n.n (up to 5 digits each), found "${version}"`);
  }
  const lengths: [string, string | undefined, number][] = [
    ["ProviderName", kid(root, "ProviderName")?.text, LIMITS.shortString],
    ["DisplayName", kid(root, "DisplayName")?.attrs.DefaultValue, LIMITS.shortString],
    ["Description", kid(root, "Description")?.attrs.DefaultValue, LIMITS.longString],
  ];
  for (const [name, value, max] of lengths) {
    if (value === undefined) continue;
    if (value.length === 0) add(`<${name}> is empty`);
    if (value.length > max) add(`<${name}> is ${value.length} characters; the limit is ${max}`);
  }
};
