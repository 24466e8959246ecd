/** The contract between the browser tests (Node) and the fake Office host (bundled into the page). */
import type { FakeMessage, MessageKey } from "../../src/office/testing/messages";

/** Set by the test with `addInitScript` as `window.__CG_FAKE__`, before the fake office.js runs. */
export interface FakeConfig {
  /** The selected item when the pane opens; `null` = nothing selected. Default: "github-notification". */
  message?: MessageKey | null;
  /** The selected item is an appointment (a calendar item), not a message. Default false. */
  appointment?: boolean;
  /** `Office.context.displayLanguage`. Default "en-US". */
  displayLanguage?: string;
  /** Outlook's theme, as `Office.context.officeTheme` reports it. Default "light". */
  theme?: "light" | "dark";
  /** `Office.context.platform`: Outlook on the web, or Outlook for iOS or Android. Default "OfficeOnline". */
  platform?: "OfficeOnline" | "iOS" | "Android";
  /** Highest Mailbox requirement set the host supports. Default "1.14". */
  mailboxVersion?: string;
  /** Other requirement sets and their highest versions (e.g. `{ IdentityAPI: "1.3" }`). Default none. */
  requirementSets?: Record<string, string>;
  /**
   * Whether the item is in a shared mailbox (`getSharedPropertiesAsync` present). Default: true for
   * messages that carry shared-mailbox data, false otherwise.
   */
  shared?: boolean;
  /** Item or mailbox methods that call back with a Failed result (e.g. `["getAllInternetHeadersAsync"]`). */
  fail?: string[];
  /** Delay before async callbacks run, in ms. Default 0. */
  delayMs?: number;
  /**
   * What `getAttachmentContentAsync` returns, as base64, by attachment id (the test generates the
   * bytes). An id not listed fails with InvalidAttachmentId.
   */
  attachmentContent?: Record<string, string>;
  /** `Office.context.urls.javascriptRuntimeUrl` (Mailbox 1.14); absent by default. */
  javascriptRuntimeUrl?: string;
  /**
   * Sign-in as Outlook's broker does it: tokens come from this token endpoint (a local test peer).
   * With `naa`, the host offers nested app authentication (`window.nestedAppAuthBridge` and the
   * NestedAppAuth 1.1 requirement set); without, only the Office dialog (`displayDialogAsync`), which
   * stands in for auth-dialog.html signing in and answering with the token.
   */
  identity?: { tokenUrl: string; naa: boolean };
  /**
   * Makes the selected message hostile, as the security probe did (issue 17): `links` links to
   * distinct hosts appended to its HTML body, `attachments` files named f1.exe, f2.exe, ….
   * Generated in the page, so a 100,000-link body does not travel through the init script.
   */
  hostile?: { links?: number; attachments?: number };
  /** A whole message shown instead of the selected one's contents (the XSS test's payload message). */
  replaceMessage?: FakeMessage;
}

export interface FakeCall {
  method: string;
  args: unknown[];
}

/** Test handle, exposed as `window.__CG_FAKE_HOST__`. */
export interface FakeHost {
  /** Switches the selected item, as a pinned pane sees it, and fires ItemChanged to every handler. */
  selectMessage(key: MessageKey | null): void;
  /** Every Office API call the page made, in order (arguments reduced to JSON-safe values). */
  calls: FakeCall[];
  /** Members the page read that the fake does not implement ("item.getAttachmentsAsync"). */
  missing: string[];
  /** Current notification messages of the selected item, by key. */
  notifications(): Record<string, Office.NotificationMessageDetails>;
  /** Names registered with `Office.actions.associate`. */
  actionNames(): string[];
  /** Runs an associated action as Outlook would; false when no such action is registered. */
  invokeAction(name: string, event: unknown): boolean;
  /** Number of handlers registered for ItemChanged. */
  itemChangedHandlers(): number;
  /** URLs opened with `Office.context.ui.displayDialogAsync`. */
  dialogs: string[];
}

declare global {
  interface Window {
    __CG_FAKE__?: FakeConfig;
    __CG_FAKE_HOST__?: FakeHost;
  }
}
