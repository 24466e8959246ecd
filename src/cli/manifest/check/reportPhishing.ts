import type { ManifestCheck } from "./types";
import { overridesV1_1 } from "./versionOverrides";
import { kid, kids, mailHost, xsiType } from "./xmlTree";

/** Outlook's own Report button: one ReportPhishingCommandSurface, its dialog, and a runtime for classic Outlook. */
export const checkReportPhishing: ManifestCheck = (root, add) => {
  const v11 = overridesV1_1(root);
  if (!v11) return;
  const host = mailHost(v11);
  const desktop = host && kid(host, "DesktopFormFactor");
  if (!host || !desktop) return;
  const points = kids(desktop, "ExtensionPoint");
  const spam = points.filter((p) => xsiType(p) === "ReportPhishingCommandSurface");
  if (spam.length === 0) {
    add(`No ExtensionPoint of type ReportPhishingCommandSurface`);
    return;
  }
  if (spam.length > 1) add(`More than one ReportPhishingCommandSurface`);
  const custom = kid(spam[0], "ReportPhishingCustomization");
  if (!custom) {
    add(`ReportPhishingCommandSurface has no <ReportPhishingCustomization>`);
    return;
  }
  const control = kid(custom, "Control");
  const action = control && kid(control, "Action");
  if (!control || xsiType(control) !== "Button") {
    add(`<ReportPhishingCustomization> needs a <Control xsi:type="Button">`);
  } else if (!action || xsiType(action) !== "ExecuteFunction") {
    add(`The ReportPhishingCustomization button needs <Action xsi:type="ExecuteFunction">`);
  }

  const dialog = kid(custom, "PreProcessingDialog");
  if (!dialog) {
    add(`<ReportPhishingCustomization> has no <PreProcessingDialog>`);
  } else {
    if (!kid(dialog, "Title")) add(`<PreProcessingDialog> has no <Title>`);
    if (!kid(dialog, "Description")) add(`<PreProcessingDialog> has no <Description>`);
    const options = kid(dialog, "ReportingOptions");
    if (options) {
      if (!kid(options, "Title")) add(`<ReportingOptions> has no <Title>`);
      const n = kids(options, "Option").length;
      if (n < 1 || n > 5) add(`<ReportingOptions> has ${n} <Option> elements; 1 to 5 are allowed`);
    }
    const more = kid(dialog, "MoreInfo");
    if (more && (!kid(more, "MoreInfoText") || !kid(more, "MoreInfoUrl"))) {
      add(`<MoreInfo> needs both <MoreInfoText> and <MoreInfoUrl>`);
    }
  }

  const runtimes = kids(host, "Runtimes").flatMap((r) => kids(r, "Runtime"));
  const source = kid(custom, "SourceLocation")?.attrs.resid;
  const runtime = runtimes.find((r) => r.attrs.resid === source);
  if (source === undefined) {
    add(`<ReportPhishingCustomization> has no <SourceLocation>`);
  } else if (!runtime) {
    const ids = runtimes.map((r) => `"${r.attrs.resid}"`).join(", ") || "none";
    add(
      `<ReportPhishingCustomization> SourceLocation resid "${source}" must equal a <Runtime> resid (found ${ids})`,
    );
  } else if (!kids(runtime, "Override").some((o) => o.attrs.type === "javascript")) {
    add(`<Runtime resid="${source}"> has no <Override type="javascript"> for classic Outlook on Windows`);
  }
};
