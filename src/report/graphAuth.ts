/**
 * Tokens for Microsoft Graph (scope Mail.Send only), as Microsoft's NAA sample gets them:
 * nested app authentication (@azure/msal-browser's createNestablePublicClientApplication), silent
 * first; interactive only when the caller may show UI (the task pane, after the user pressed a
 * button — never the ribbon or Report-button handlers); and where Outlook offers no NAA, the Office
 * dialog fallback: auth-dialog.html signs in with MSAL in an Office dialog and hands the token back.
 */
import type { Configuration, IPublicClientApplication } from "@azure/msal-browser";
import { TokenUnavailable, type GraphTokens } from "./deliver";

/** Least privilege: sending the report as the user, nothing else. */
export const GRAPH_SCOPES = ["Mail.Send"];
/** The dialog fallback's page, beside taskpane.html. */
export const AUTH_DIALOG_PAGE = "auth-dialog.html";

export interface OfficeForAuth {
  context: {
    requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
    ui?: {
      displayDialogAsync?(
        url: string,
        options: { height: number; width: number; promptBeforeOpen?: boolean },
        callback: (result: DialogOpenResult) => void,
      ): void;
    };
  };
  EventType?: { DialogMessageReceived?: string; DialogEventReceived?: string };
}

export interface DialogHandle {
  addEventHandler(type: string, handler: (arg: { message?: string; error?: number }) => void): void;
  close(): void;
}
type DialogOpenResult = { status: string; value?: DialogHandle; error?: { message?: string; code?: number } };

export interface GraphAuthOptions {
  clientId: string;
  authority: string;
  /** The add-in's base URL (ends with "/"): where auth-dialog.html is served. */
  baseUrl: string;
  office: OfficeForAuth | undefined;
  /** May a sign-in window be shown? Only in the pane, after a click. */
  interactive: boolean;
  /**
   * `createNestablePublicClientApplication`, injected: the commands bundle imports MSAL statically (it
   * must be one file), the pane loads it on demand.
   */
  createPca: (config: Configuration) => Promise<IPublicClientApplication>;
  now?: () => number;
}

interface CachedToken {
  token: string;
  expiresAt: number;
}

/** The dialog fallback's token, kept in memory for this runtime only. */
let dialogToken: CachedToken | undefined;

/** Forgets the fallback token (tests, sign-out). */
export function resetGraphAuth(): void {
  dialogToken = undefined;
  pcaCache.clear();
}

const pcaCache = new Map<string, Promise<IPublicClientApplication>>();

export function naaSupported(office: OfficeForAuth | undefined): boolean {
  try {
    return office?.context.requirements?.isSetSupported("NestedAppAuth", "1.1") === true;
  } catch {
    return false;
  }
}

function msalConfig(options: GraphAuthOptions): Configuration {
  return {
    auth: {
      clientId: options.clientId,
      authority: options.authority,
      redirectUri: new URL(AUTH_DIALOG_PAGE, options.baseUrl).href,
    },
    cache: { cacheLocation: "memoryStorage" },
    system: { loggerOptions: { loggerCallback: () => undefined, piiLoggingEnabled: false } },
  };
}

function errorCode(error: unknown): string {
  if (error && typeof error === "object") {
    const e = error as { errorCode?: unknown; code?: unknown; status?: unknown };
    return String(e.errorCode ?? e.code ?? e.status ?? "");
  }
  return "";
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (error && typeof error === "object" && "errorMessage" in error) return String(error.errorMessage);
  return String(error);
}

const TRANSIENT = /network|transient|timed_out|timeout|endpoints_resolution|no_network/i;

/** Graph tokens for one runtime; see the module comment for the order of attempts. */
export function graphTokens(options: GraphAuthOptions): GraphTokens {
  const now = options.now ?? (() => Date.now());
  const create = options.createPca;
  const pcaKey = `${options.clientId}|${options.authority}`;
  const pca = () => {
    let p = pcaCache.get(pcaKey);
    if (!p) {
      p = create(msalConfig(options));
      pcaCache.set(pcaKey, p);
      p.catch(() => pcaCache.delete(pcaKey));
    }
    return p;
  };

  async function viaNaa(forceRefresh: boolean): Promise<string> {
    let app: IPublicClientApplication;
    try {
      app = await pca();
    } catch (error) {
      throw new TokenUnavailable(`sign-in could not start: ${describe(error)}`, true);
    }
    try {
      const result = await app.acquireTokenSilent({ scopes: GRAPH_SCOPES, forceRefresh });
      return result.accessToken;
    } catch (silentError) {
      if (!options.interactive) {
        throw new TokenUnavailable(
          `a silent token was refused (${errorCode(silentError) || describe(silentError)})`,
          TRANSIENT.test(errorCode(silentError)),
        );
      }
      try {
        const result = await app.acquireTokenPopup({ scopes: GRAPH_SCOPES });
        return result.accessToken;
      } catch (popupError) {
        if (errorCode(popupError) === "popup_window_error") return viaDialog();
        throw new TokenUnavailable(
          `sign-in failed (${errorCode(popupError) || describe(popupError)})`,
          TRANSIENT.test(errorCode(popupError)),
        );
      }
    }
  }

  function viaDialog(): Promise<string> {
    const ui = options.office?.context.ui;
    if (!ui || typeof ui.displayDialogAsync !== "function")
      return Promise.reject(new TokenUnavailable("this Outlook offers no way to sign in from an add-in"));
    const url = new URL(AUTH_DIALOG_PAGE, options.baseUrl);
    url.searchParams.set("clientId", options.clientId);
    url.searchParams.set("authority", options.authority);
    const messageEvent = options.office?.EventType?.DialogMessageReceived ?? "dialogMessageReceived";
    const closedEvent = options.office?.EventType?.DialogEventReceived ?? "dialogEventReceived";
    return new Promise<string>((resolve, reject) => {
      ui.displayDialogAsync!(url.href, { height: 60, width: 30 }, (opened) => {
        if (opened.status !== "succeeded" || !opened.value) {
          reject(
            new TokenUnavailable(`the sign-in window did not open (${opened.error?.message ?? "unknown"})`),
          );
          return;
        }
        const dialog = opened.value;
        dialog.addEventHandler(messageEvent, (arg) => {
          dialog.close();
          try {
            const message = JSON.parse(arg.message ?? "") as {
              status?: string;
              accessToken?: string;
              expiresOn?: number;
              error?: string;
            };
            if (message.status === "success" && message.accessToken) {
              dialogToken = {
                token: message.accessToken,
                expiresAt: typeof message.expiresOn === "number" ? message.expiresOn : now() + 50 * 60_000,
              };
              resolve(message.accessToken);
            } else reject(new TokenUnavailable(`sign-in failed (${message.error ?? "no token"})`));
          } catch {
            reject(new TokenUnavailable("the sign-in window answered with something unreadable"));
          }
        });
        dialog.addEventHandler(closedEvent, () =>
          reject(new TokenUnavailable("the sign-in window was closed")),
        );
      });
    });
  }

  return {
    async token({ forceRefresh }) {
      if (naaSupported(options.office)) return viaNaa(forceRefresh);
      // Five minutes of margin, so a token does not expire on its way to Graph.
      if (!forceRefresh && dialogToken && dialogToken.expiresAt - 5 * 60_000 > now())
        return dialogToken.token;
      if (forceRefresh) dialogToken = undefined;
      if (!options.interactive)
        throw new TokenUnavailable("this Outlook has no nested app authentication: sign in from the pane");
      return viaDialog();
    },
  };
}
