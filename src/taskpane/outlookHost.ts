import { watchItemChanges } from "../office/itemChanged";
import { readEmbeddedLinks } from "../office/readEmbedded";
import { readSnapshot } from "../office/readSnapshot";
import type { MessageSnapshot } from "../engine";
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

/**
 * The pane's view of Outlook, through office.js (call after Office.onReady reported Outlook).
 * `readAhead` starts reading the open message at once, before the pane has its configuration and has
 * rendered; the pane's first `read` of that item then gets the read already under way.
 */
export function officeHost(
  office: typeof Office,
): OutlookHost & { readAhead(): Promise<MessageSnapshot> | undefined } {
  const mailbox = office.context.mailbox;
  const readNow = (item: Office.MessageRead) =>
    readSnapshot(item, office.context.requirements, {
      readEmbedded: (read, bodyHtml) => readEmbeddedLinks(read, office.context.requirements, bodyHtml),
    });
  let ahead: { item: Office.MessageRead; snapshot: Promise<MessageSnapshot> } | undefined;
  return {
    currentItem: () => openMessage(mailbox),
    read: (item) => {
      const early = ahead;
      ahead = undefined;
      return early?.item === item ? early.snapshot : readNow(item);
    },
    readAhead: () => {
      const item = openMessage(mailbox);
      if (!item || item === "not-mail") return undefined;
      const snapshot = readNow(item);
      // Its failure is the pane's to show when it takes the read, not an unhandled rejection before.
      snapshot.catch(() => undefined);
      ahead = { item, snapshot };
      return snapshot;
    },
    watch: (onChange) => watchItemChanges(mailbox, onChange),
    mobile: isMobile(office),
  };
}
