/** Helpers for the pane's jsdom tests (not bundled: only test files import this). */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render as renderWithLibrary } from "@testing-library/react";
import { act, type ReactElement } from "react";
import { createRoot, type Root } from "react-dom/client";
import type { Language } from "../engine";
import { LanguageProvider } from "./i18n";
import "./testPolyfills";

/** `ui` as the pane shows it: Fluent's theme and the reader's language around it. */
export function inPane(ui: ReactElement, language: Language = "en"): ReactElement {
  return (
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider language={language}>{ui}</LanguageProvider>
    </FluentProvider>
  );
}

/** Testing Library's render, inside the pane's providers. */
export function renderInPane(ui: ReactElement, language: Language = "en") {
  return renderWithLibrary(inPane(ui, language));
}

export interface Rendered {
  container: HTMLElement;
  rerender(ui: ReactElement): Promise<void>;
}

const mounted: Root[] = [];

export async function render(ui: ReactElement): Promise<Rendered> {
  const container = document.createElement("div");
  document.body.appendChild(container);
  const root = createRoot(container);
  mounted.push(root);
  await act(async () => root.render(ui));
  return {
    container,
    rerender: async (next) => {
      await act(async () => root.render(next));
    },
  };
}

/** Unmounts everything `render` mounted; call from afterEach. */
export function cleanup(): void {
  for (const root of mounted.splice(0)) act(() => root.unmount());
  document.body.replaceChildren();
}

/** Lets pending promises and timers run, inside act. */
export async function settle(ms = 0): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
}

/** Waits (up to ~2 s) until `predicate` holds, letting React update in between. */
export async function waitFor(predicate: () => boolean, what = "condition"): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (predicate()) return;
    await settle(10);
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/** The visible text of an element, whitespace collapsed. */
export function textOf(element: Element): string {
  return (element.textContent ?? "").replace(/\s+/g, " ").trim();
}

export function buttonNamed(container: Element, name: string): HTMLButtonElement {
  const button = Array.from(container.querySelectorAll("button")).find((b) => textOf(b) === name);
  if (!button) throw new Error(`No button "${name}"`);
  return button;
}

export async function click(element: Element): Promise<void> {
  await act(async () => {
    element.dispatchEvent(new MouseEvent("click", { bubbles: true }));
  });
}
