/**
 * The commands bundle in a bare script engine, like classic Outlook's JavaScript-only runtime: no DOM,
 * no fetch, no TextEncoder/TextDecoder, no localStorage. It must load, register both handlers and
 * complete each event exactly once. Bundled with esbuild here (webpack is slower); the point is what
 * the code needs at load time, which is the same for both.
 */
import { build } from "esbuild";
import { join } from "path";
import { createContext, runInContext } from "vm";
import {
  fakeCommandEvent,
  fakeMailbox,
  fakeItem,
  fakeSpamEvent,
  installFakeOffice,
} from "../office/testing/fakeOffice";

let bundle: string;
beforeAll(async () => {
  const result = await build({
    entryPoints: [join(__dirname, "classicRuntime.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    minify: true, // also drops comments, so the checks below see code only
    logLevel: "silent",
  });
  bundle = result.outputFiles[0].text;
}, 30_000);

function load(extraGlobals: Record<string, unknown> = {}) {
  const item = fakeItem();
  const mailbox = fakeMailbox(item);
  const forms: unknown[] = [];
  (mailbox as unknown as { displayNewMessageForm: (form: unknown) => void }).displayNewMessageForm = (form) =>
    void forms.push(form);
  const host = installFakeOffice({ mailbox });
  const office = (globalThis as { Office?: unknown }).Office;
  host.uninstall();
  // Only what a plain engine has, plus timers and Office. `URL`: see the test below.
  const context = createContext({ Office: office, setTimeout, clearTimeout, ...extraGlobals });
  runInContext(bundle, context, { filename: "commands.js" });
  return { host, item, context, forms };
}

describe("commands bundle in a JavaScript-only runtime", () => {
  it("is one file with no dynamic imports", () => {
    expect(bundle).not.toMatch(/\bimport\s*\(/);
    expect(bundle).not.toMatch(/\brequire\s*\(\s*["']/);
  });

  it("loads without DOM, fetch or TextEncoder, registers both handlers, and completes each event once", async () => {
    const { host, item, context, forms } = load({ URL });
    expect(runInContext("typeof document + typeof fetch + typeof localStorage", context)).toBe(
      "undefinedundefinedundefined",
    );
    expect(runInContext("typeof TextDecoder", context)).toBe("function"); // our shim
    expect([...host.associated.keys()].sort()).toEqual(["onReportMessage", "onSpamReport"]);

    const spam = fakeSpamEvent([true, false, false, false], "Asked for my password");
    await host.associated.get("onSpamReport")!(spam);
    expect(spam.completions).toEqual([
      {
        moveItemTo: "noMove",
        showPostProcessingDialog: {
          title: "CampaignGuard",
          // No config.json can be fetched here: the defaults (compose, no target) open a forward.
          description: expect.stringMatching(
            /^A forward is open with the message attached: .* CampaignGuard's verdict: dangerous, likely phishing\.$/,
          ),
        },
      },
    ]);

    const ribbon = fakeCommandEvent();
    await host.associated.get("onReportMessage")!(ribbon);
    expect(ribbon.completions).toEqual([undefined]);
    expect(item.notifications[0].details.message).toBe(
      "CampaignGuard: a forward with the message is open. Press Send to report it.",
    );
    expect(forms).toHaveLength(2);
  });

  it("still registers both handlers and completes each event once in a runtime without URL", async () => {
    const { host } = load();
    expect([...host.associated.keys()].sort()).toEqual(["onReportMessage", "onSpamReport"]);
    const spam = fakeSpamEvent([false, false, false, true], "");
    await host.associated.get("onSpamReport")!(spam);
    expect(spam.completions).toHaveLength(1);
    expect(spam.completions[0]).toMatchObject({ moveItemTo: "noMove" });
  });
});
