import type { ManifestCheck } from "./types";
import { overridesV1_1 } from "./versionOverrides";
import { descendants, kid, kids, mailHost, where, xsiType } from "./xmlTree";

/**
 * Outlook for iOS and Android: a MobileFormFactor whose message-read surface has a MobileButton that
 * opens the same task pane as the desktop button (MobileButton is the only control type there).
 */
export const checkMobile: ManifestCheck = (root, add) => {
  const v11 = overridesV1_1(root);
  if (!v11) return;
  const host = mailHost(v11);
  const mobile = host && kid(host, "MobileFormFactor");
  if (!host || !mobile) {
    add(`The MailHost has no <MobileFormFactor>: the add-in would not appear in Outlook for iOS and Android`);
    return;
  }
  if (!kid(mobile, "FunctionFile")) add(`<MobileFormFactor> has no <FunctionFile>`);
  const read = kids(mobile, "ExtensionPoint").filter((p) => xsiType(p) === "MobileMessageReadCommandSurface");
  if (read.length === 0) {
    add(`<MobileFormFactor> has no ExtensionPoint of type MobileMessageReadCommandSurface`);
    return;
  }
  for (const control of read.flatMap((p) => descendants(p, "Control"))) {
    if (xsiType(control) !== "MobileButton")
      add(`Control ${where(control)} on a mobile surface must be xsi:type="MobileButton"`);
    const icon = kid(control, "Icon");
    if (!icon || xsiType(icon) !== "bt:MobileIconList")
      add(`Control ${where(control)} needs <Icon xsi:type="bt:MobileIconList">`);
  }
  const desktopPane = host
    ? descendants(kid(host, "DesktopFormFactor") ?? host, "Action")
        .filter((a) => xsiType(a) === "ShowTaskpane")
        .map((a) => kid(a, "SourceLocation")?.attrs.resid)
    : [];
  const opensPane = read
    .flatMap((p) => descendants(p, "Action"))
    .some(
      (a) => xsiType(a) === "ShowTaskpane" && desktopPane.includes(kid(a, "SourceLocation")?.attrs.resid),
    );
  if (!opensPane) add(`No MobileButton opens the task pane the desktop button opens`);
  if (descendants(mobile, "SupportsPinning").length > 0)
    add(`<SupportsPinning> has no meaning in <MobileFormFactor>: Outlook mobile cannot pin a pane`);
};
