/**
 * auth-dialog.html: the Office dialog fallback for Graph sign-in where Outlook offers no nested app
 * authentication (Microsoft's NAA sample, fallbackauthdialog.ts). It signs in with a standard MSAL
 * application by redirect, then hands the Mail.Send token to the pane with messageParent.
 */
import { createStandardPublicClientApplication } from "@azure/msal-browser";

const SCOPES = ["Mail.Send"];

function send(message: object): void {
  Office.context.ui.messageParent(JSON.stringify(message));
}

async function run(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const stored = sessionStorage.getItem("campaignguard-auth");
  const settings = params.get("clientId")
    ? { clientId: params.get("clientId") ?? "", authority: params.get("authority") ?? undefined }
    : (JSON.parse(stored ?? "{}") as { clientId?: string; authority?: string });
  if (!settings.clientId) {
    send({ status: "error", error: "no client ID" });
    return;
  }
  sessionStorage.setItem("campaignguard-auth", JSON.stringify(settings));
  const pca = await createStandardPublicClientApplication({
    auth: {
      clientId: settings.clientId,
      authority: settings.authority,
      redirectUri: `${location.origin}${location.pathname}`,
    },
    cache: { cacheLocation: "sessionStorage" },
    system: { loggerOptions: { loggerCallback: () => undefined, piiLoggingEnabled: false } },
  });
  const result = await pca.handleRedirectPromise();
  if (result) {
    send({ status: "success", accessToken: result.accessToken, expiresOn: result.expiresOn?.getTime() });
    return;
  }
  const account = pca.getAllAccounts()[0];
  if (account) {
    try {
      const silent = await pca.acquireTokenSilent({ scopes: SCOPES, account });
      send({ status: "success", accessToken: silent.accessToken, expiresOn: silent.expiresOn?.getTime() });
      return;
    } catch {
      // fall through to the redirect
    }
  }
  await pca.acquireTokenRedirect({ scopes: SCOPES });
}

Office.onReady(() => {
  run().catch((error: unknown) =>
    send({ status: "error", error: error instanceof Error ? error.message : String(error) }),
  );
});
