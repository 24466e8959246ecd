/**
 * A structural checker for CampaignGuard's add-in only (XML) Outlook manifest.
 *
 * Microsoft's validator (`office-addin-manifest validate`) needs the network, and the public XSDs are
 * out of date, so this covers, offline, what the validator and the platform would reject, plus the
 * project's own rules (least privilege, the surfaces we rely on, one origin for every URL). One check
 * a file; the tables they read are in tables.ts.
 *
 * Pure: no file system, no DOM. Takes the manifest text.
 */
import { XMLValidator } from "fast-xml-parser";
import { checkChildOrder } from "./childOrder";
import { checkDesktop } from "./desktop";
import { checkIcons } from "./icons";
import { checkIdentity } from "./identity";
import { checkMobile } from "./mobile";
import { checkOverrideRequirements } from "./overrideRequirements";
import { checkPermissions } from "./permissions";
import { checkPinning } from "./pinning";
import { checkReportPhishing } from "./reportPhishing";
import { checkResids } from "./resids";
import { checkResources } from "./resources";
import { checkTopLevel } from "./topLevel";
import type { CheckManifestOptions, ManifestCheck } from "./types";
import { checkUniqueIds } from "./uniqueIds";
import { checkUrls } from "./urls";
import { checkVersionOverrides } from "./versionOverrides";
import { parse, xsiType } from "./xmlTree";

export type { CheckManifestOptions } from "./types";

/** In the order their problems are listed. */
const CHECKS: ManifestCheck[] = [
  checkTopLevel,
  checkIdentity,
  checkChildOrder,
  checkResources,
  checkResids,
  checkUrls,
  checkIcons,
  checkUniqueIds,
  checkPermissions,
  checkVersionOverrides,
  checkOverrideRequirements,
  checkDesktop,
  checkReportPhishing,
  checkMobile,
  checkPinning,
];

/**
 * Checks a manifest and returns human-readable problems, one per line; an empty list means it passed.
 */
export function checkManifest(xml: string, options: CheckManifestOptions = {}): string[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    return [`Not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`];
  }
  const roots = parse(xml);
  const root = roots[0];
  if (roots.length !== 1 || !root || root.local !== "OfficeApp")
    return ["The root element must be <OfficeApp>"];
  const problems: string[] = [];
  const add = (problem: string) => problems.push(problem);
  if (xsiType(root) !== "MailApp") add(`<OfficeApp> must have xsi:type="MailApp" (found "${xsiType(root)}")`);
  for (const check of CHECKS) check(root, add, options);
  return problems;
}
