import { watchItemChanges } from "../office/itemChanged";
import { readEmbeddedLinks } from "../office/readEmbedded";
import { readSnapshot } from "../office/readSnapshot";
import type { OutlookHost } from "./OutlookPane";

/** The open message, or null when nothing (or something other than a message) is selected. */
function openMessage(mailbox: Office.Mailbox): Office.MessageRead | null {
  try {
    const item = mailbox.item;
    if (!item || (item.itemType !== undefined && String(item.itemType) !== "message")) return null;
    return item;
  } catch {
    return null;
  }
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
  };
}
