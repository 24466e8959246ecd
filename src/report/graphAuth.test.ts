import type { Configuration, IPublicClientApplication } from "@azure/msal-browser";
import { TokenUnavailable } from "./deliver";
import { graphTokens, resetGraphAuth, type DialogHandle, type OfficeForAuth } from "./graphAuth";

afterEach(() => resetGraphAuth());

function fakePca(behaviour: { silent: () => Promise<string>; popup?: () => Promise<string> }) {
  const calls: string[] = [];
  const pca = {
    acquireTokenSilent: async (req: { scopes: string[] }) => {
      calls.push(`silent:${req.scopes.join(",")}`);
      return { accessToken: await behaviour.silent() };
    },
    acquireTokenPopup: async (req: { scopes: string[] }) => {
      calls.push(`popup:${req.scopes.join(",")}`);
      return { accessToken: await (behaviour.popup ?? (() => Promise.reject(new Error("no popup"))))() };
    },
  } as unknown as IPublicClientApplication;
  const configs: Configuration[] = [];
  return { calls, configs, create: async (c: Configuration) => (configs.push(c), pca) };
}

function office(
  naa: boolean,
  dialog?: (url: string) => { message?: string; closed?: boolean },
): OfficeForAuth & { opened: string[] } {
  const opened: string[] = [];
  return {
    opened,
    context: {
      requirements: { isSetSupported: (name) => naa && name === "NestedAppAuth" },
      ui: dialog && {
        displayDialogAsync(url, _options, callback) {
          opened.push(url);
          const handlers = new Map<string, (arg: { message?: string; error?: number }) => void>();
          const handle: DialogHandle = {
            addEventHandler: (type, h) => void handlers.set(type, h),
            close: () => undefined,
          };
          callback({ status: "succeeded", value: handle });
          const result = dialog(url);
          setTimeout(() => {
            if (result.closed) handlers.get("dialogEventReceived")?.({ error: 12006 });
            else handlers.get("dialogMessageReceived")?.({ message: result.message });
          }, 0);
        },
      },
    },
  };
}

const BASE = {
  clientId: "client-1",
  authority: "https://login.microsoftonline.com/organizations",
  baseUrl: "https://addins.example.org/cg/",
};

describe("Graph tokens", () => {
  it("NAA, silent first, with Mail.Send only", async () => {
    const msal = fakePca({ silent: async () => "naa-token" });
    const tokens = graphTokens({ ...BASE, office: office(true), interactive: false, createPca: msal.create });
    expect(await tokens.token({ forceRefresh: false })).toBe("naa-token");
    expect(msal.calls).toEqual(["silent:Mail.Send"]);
    expect(msal.configs[0].auth).toMatchObject({ clientId: "client-1", authority: BASE.authority });
  });

  it("never interactive from a handler: a refused silent token is TokenUnavailable", async () => {
    const msal = fakePca({
      silent: () => Promise.reject(Object.assign(new Error("x"), { errorCode: "consent_required" })),
    });
    const tokens = graphTokens({ ...BASE, office: office(true), interactive: false, createPca: msal.create });
    await expect(tokens.token({ forceRefresh: false })).rejects.toBeInstanceOf(TokenUnavailable);
    expect(msal.calls).toEqual(["silent:Mail.Send"]);
  });

  it("from the pane, falls back to the NAA popup", async () => {
    const msal = fakePca({
      silent: () => Promise.reject(new Error("interaction_required")),
      popup: async () => "popup-token",
    });
    const tokens = graphTokens({ ...BASE, office: office(true), interactive: true, createPca: msal.create });
    expect(await tokens.token({ forceRefresh: false })).toBe("popup-token");
    expect(msal.calls).toEqual(["silent:Mail.Send", "popup:Mail.Send"]);
  });

  it("without NAA, the pane signs in through the Office dialog and keeps the token for this runtime", async () => {
    const msal = fakePca({ silent: async () => "unused" });
    const host = office(false, () => ({
      message: JSON.stringify({
        status: "success",
        accessToken: "dialog-token",
        expiresOn: Date.now() + 3_600_000,
      }),
    }));
    const tokens = graphTokens({ ...BASE, office: host, interactive: true, createPca: msal.create });
    expect(await tokens.token({ forceRefresh: false })).toBe("dialog-token");
    expect(await tokens.token({ forceRefresh: false })).toBe("dialog-token");
    expect(host.opened).toHaveLength(1);
    const url = new URL(host.opened[0]);
    expect(url.origin + url.pathname).toBe("https://addins.example.org/cg/auth-dialog.html");
    expect(url.searchParams.get("clientId")).toBe("client-1");
    expect(msal.calls).toEqual([]);
    // A handler (not interactive) can use the token the pane got.
    const handler = graphTokens({ ...BASE, office: host, interactive: false, createPca: msal.create });
    expect(await handler.token({ forceRefresh: false })).toBe("dialog-token");
    await expect(handler.token({ forceRefresh: true })).rejects.toBeInstanceOf(TokenUnavailable);
  });

  it("a dialog that is closed or answers an error is a sign-in failure", async () => {
    const closed = graphTokens({
      ...BASE,
      office: office(false, () => ({ closed: true })),
      interactive: true,
      createPca: fakePca({ silent: async () => "" }).create,
    });
    await expect(closed.token({ forceRefresh: false })).rejects.toThrow("the sign-in window was closed");
    const failed = graphTokens({
      ...BASE,
      office: office(false, () => ({ message: JSON.stringify({ status: "error", error: "AADSTS65001" }) })),
      interactive: true,
      createPca: fakePca({ silent: async () => "" }).create,
    });
    await expect(failed.token({ forceRefresh: false })).rejects.toThrow("AADSTS65001");
  });
});
