import { watchItemChanges } from "../office/itemChanged";
import { readEmbeddedLinks } from "../office/readEmbedded";
import { readSnapshot } from "../office/readSnapshot";
import type { OutlookHost, Selection } from "./OutlookPane";

/** The open message, null when nothing is selected, or "not-mail" for a meeting, a task or the like. */
function openMessage(mailbox: Office.Mailbox): Selection {
  try {
    const item = mailbox.item;
    if (!item) return null;
    if (item.itemType !== undefined && String(item.itemType) !== "message") return "not-mail";
    return item;
  } catch {
    return null;
  }
}

/** Outlook for iOS and Android give add-ins Mailbox 1.5: no headers, no .eml, no pinned pane. */
function isMobile(office: typeof Office): boolean {
  const platform = String(office.context.platform ?? "");
  return platform === "iOS" || platform === "Android";
}

/** The pane's view of Outlook, through office.js (call after Office.onReady reported Outlook). */
export function officeHost(office: typeof Office): OutlookHost {
  const mailbox = office.context.mailbox;
  return {
    currentItem: () => openMessage(mailbox),
    read: (item) =>
      readSnapshot(item, office.context.requirements, {
        readEmbedded: (read, bodyHtml) => readEmbeddedLinks(read, office.context.requirements, bodyHtml),
      }),
    watch: (onChange) => watchItemChanges(mailbox, onChange),
    mobile: isMobile(office),
  };
}
