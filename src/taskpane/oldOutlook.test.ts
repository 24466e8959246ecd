import { parse } from "acorn";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";

const SOURCE = readFileSync(join(__dirname, "oldOutlook.js"), "utf8");

/** A page as old Outlook webviews present it; `modern` adds what IE 11 and EdgeHTML lack. */
function runIn({ modern, language }: { modern: boolean; language: string }) {
  const container = {
    innerHTML: "",
    children: [] as { text: string; role?: string }[],
    appendChild: jest.fn(),
  };
  container.appendChild.mockImplementation((child: { text: string }) => container.children.push(child));
  const document = {
    readyState: "complete",
    getElementById: () => container,
    createTextNode: (text: string) => ({ text }),
    createElement: () => {
      const element = {
        text: "",
        role: undefined as string | undefined,
        style: {},
        setAttribute: (_: string, value: string) => (element.role = value),
        appendChild: (node: { text: string }) => (element.text += node.text),
      };
      return element;
    },
  };
  const promise = function Promise() {} as unknown as { allSettled?: unknown };
  if (modern) promise.allSettled = () => undefined;
  const window: Record<string, unknown> = {
    Promise: promise,
    navigator: { language },
    URL: function URL() {},
    TextDecoder: modern ? function TextDecoder() {} : undefined,
  };
  runInNewContext(SOURCE, { window, document, Object, String });
  return { shown: container.children, flagged: window.__campaignGuardTooOld === true };
}

describe("the old-Outlook guard", () => {
  it("is plain ES5, so Internet Explorer 11 can parse it", () => {
    expect(() => parse(SOURCE, { ecmaVersion: 5 })).not.toThrow();
  });

  it("says in English that this Outlook is too old when ES2020 features are missing", () => {
    const { shown, flagged } = runIn({ modern: false, language: "en-US" });
    expect(flagged).toBe(true);
    expect(shown).toHaveLength(1);
    expect(shown[0].role).toBe("alert");
    expect(shown[0].text).toMatch(/^This version of Outlook is too old for CampaignGuard/);
  });

  it("says it in Spanish to a Spanish-speaking reader", () => {
    const { shown } = runIn({ modern: false, language: "es-MX" });
    expect(shown[0].text).toMatch(/^Esta versión de Outlook es demasiado antigua para CampaignGuard/);
  });

  it("does nothing in a current webview", () => {
    // String.prototype.matchAll and Object.fromEntries come from this Node, which has them.
    const { shown, flagged } = runIn({ modern: true, language: "en-US" });
    expect(flagged).toBe(false);
    expect(shown).toEqual([]);
  });
});
