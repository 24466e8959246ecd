import type { ManifestCheck } from "./types";
import { overridesV1_1 } from "./versionOverrides";
import { descendants, kid, kids, mailHost, where, xsiType } from "./xmlTree";

/** Desktop Outlook: shared folders, the function file, and a pinnable task pane button on read. */
export const checkDesktop: ManifestCheck = (root, add) => {
  const v11 = overridesV1_1(root);
  if (!v11) return;
  const host = mailHost(v11);
  const desktop = host && kid(host, "DesktopFormFactor");
  if (!host || !desktop) {
    add(`VersionOverrides 1.1 has no MailHost with a <DesktopFormFactor>`);
    return;
  }

  const shared = kid(desktop, "SupportsSharedFolders");
  if (shared?.text !== "true") {
    add(`<DesktopFormFactor> must have <SupportsSharedFolders>true</SupportsSharedFolders>`);
  }

  const points = kids(desktop, "ExtensionPoint");
  const actions = descendants(desktop, "Action");
  if (actions.some((a) => xsiType(a) === "ExecuteFunction") && !kid(desktop, "FunctionFile")) {
    add(`<DesktopFormFactor> uses ExecuteFunction but has no <FunctionFile>`);
  }
  for (const a of actions.filter((x) => xsiType(x) === "ExecuteFunction")) {
    if (!kid(a, "FunctionName")?.text) add(`ExecuteFunction action in ${where(a)} has no <FunctionName>`);
  }

  // Message read surface: a pinnable task pane button.
  const read = points.filter((p) => xsiType(p) === "MessageReadCommandSurface");
  if (read.length === 0) {
    add(`No ExtensionPoint of type MessageReadCommandSurface`);
  } else {
    const pinnable = read
      .flatMap((p) => descendants(p, "Control"))
      .some((c) => {
        const action = kid(c, "Action");
        return (
          xsiType(c) === "Button" &&
          action !== undefined &&
          xsiType(action) === "ShowTaskpane" &&
          kid(action, "SupportsPinning")?.text === "true"
        );
      });
    if (!pinnable) {
      add(
        `MessageReadCommandSurface has no ShowTaskpane button with <SupportsPinning>true</SupportsPinning>`,
      );
    }
  }
};
