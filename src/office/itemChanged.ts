/**
 * Pinned task pane: Outlook keeps the pane open while the user moves between messages and raises
 * `ItemChanged` (Mailbox 1.5). The new item is read from `mailbox.item`, which Outlook has already
 * replaced; it is null when nothing (or more than one message) is selected, and an appointment or
 * meeting request when the user opens one.
 */
import type { ReadItem } from "./readSnapshot";
import { succeeded } from "./officeCall";

/** The part of `Office.context.mailbox` this needs; `Office.Mailbox` satisfies it. */
export interface WatchableMailbox {
  readonly item?: (ReadItem & { itemType?: Office.MailboxEnums.ItemType | string }) | null;
  addHandlerAsync?: Office.Mailbox["addHandlerAsync"];
  removeHandlerAsync?: Office.Mailbox["removeHandlerAsync"];
}

export interface WatchOptions {
  /** Registration failed or is not supported; the pane then simply does not follow the selection. */
  onError?: (error: Error) => void;
}

const MESSAGE = "message"; // Office.MailboxEnums.ItemType.Message

/** What the user moved to: a message, nothing (or several messages), or an item that is not mail. */
export type Selected<Item> = Item | null | "not-mail";

/**
 * Calls `onChange` with the newly selected message, null (no selection, several messages) or
 * "not-mail" (an appointment, a meeting). Returns an unsubscribe function; it is safe to call more than once, and also before
 * Outlook has confirmed the registration.
 */
export function watchItemChanges<M extends WatchableMailbox>(
  mailbox: M,
  onChange: (selected: Selected<NonNullable<M["item"]>>) => void,
  options: WatchOptions = {},
): () => void {
  let stopped = false;
  let registered = false;
  const fail = (message: string) => options.onError?.(new Error(message));

  const handler = () => {
    if (stopped) return;
    let item: M["item"] | undefined;
    try {
      item = mailbox.item;
    } catch {
      item = undefined;
    }
    if (!item) onChange(null);
    else if (item.itemType !== undefined && String(item.itemType) !== MESSAGE) onChange("not-mail");
    else onChange(item as NonNullable<M["item"]>);
  };

  const remove = () => {
    try {
      mailbox.removeHandlerAsync?.(Office.EventType.ItemChanged, () => undefined);
    } catch {
      // Nothing to undo: the handler also checks `stopped`.
    }
  };

  if (typeof mailbox.addHandlerAsync !== "function") {
    fail("This version of Outlook cannot tell the add-in when another message is selected.");
    return () => {
      stopped = true;
    };
  }

  try {
    mailbox.addHandlerAsync(Office.EventType.ItemChanged, handler, (result) => {
      if (result && succeeded(result)) {
        registered = true;
        if (stopped) remove();
      } else {
        fail(`Outlook refused the ItemChanged handler: ${result?.error?.message ?? "unknown error"}`);
      }
    });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }

  return () => {
    if (stopped) return;
    stopped = true;
    if (registered) remove();
  };
}
