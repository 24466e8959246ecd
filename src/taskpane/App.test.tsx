/** @jest-environment jsdom */
import "./testPolyfills";
import { act, render, screen } from "@testing-library/react";
import { DEFAULT_CONFIG } from "../config/defaults";
import { App, STANDALONE_PAGE } from "./App";
import type { Analysis } from "../engine";
import { STRINGS } from "./i18n";
import { warmEngine } from "./warmEngine";
import { loadConfig } from "./loadConfig";
import type { OutlookHost } from "./OutlookPane";

const host: OutlookHost = { currentItem: () => null, read: jest.fn(), watch: () => () => undefined };

/**
 * Renders inside an async act: the Outlook pane reads the device's last good feed as it opens, and that
 * lands before the assertions, as it would in Outlook.
 */
async function show(ui: React.ReactElement): Promise<ReturnType<typeof render>> {
  let result: ReturnType<typeof render> | undefined;
  await act(async () => {
    result = render(ui);
  });
  return result!;
}

describe("App", () => {
  it("shows a calm notice and still works when config.json is not valid JSON", async () => {
    const settings = await loadConfig(async () => ({
      ok: true,
      status: 200,
      text: async () => "{ not json",
    }));
    await show(
      <App mode="outlook" language="en" notice={settings.notice} config={settings.config} host={host} />,
    );
    expect(screen.getByTestId("config-notice").textContent).toMatch(
      /^Your organisation's CampaignGuard settings are not valid \(The configuration is not valid JSON: .+\)\. Using the defaults\.$/,
    );
    expect(screen.getByText(STRINGS.en.states.selectMessage)).toBeTruthy();
  });

  it("words the settings notice in the reader's language", async () => {
    const settings = await loadConfig(async () => ({ ok: false, status: 503, text: async () => "" }));
    await show(
      <App mode="outlook" language="es" notice={settings.notice} config={settings.config} host={host} />,
    );
    expect(screen.getByTestId("config-notice").textContent).toBe(STRINGS.es.settingsNotice.status(503));
    expect(screen.getByTestId("config-notice").textContent).toContain(
      "el servidor respondió con el estado 503",
    );
  });

  it("shows no notice when there is no config.json", async () => {
    const settings = await loadConfig(async () => ({ ok: false, status: 404, text: async () => "" }));
    await show(
      <App mode="outlook" language="en" notice={settings.notice} config={settings.config} host={host} />,
    );
    expect(screen.queryByTestId("config-notice")).toBeNull();
  });

  it("shows a skeleton while starting, then the Outlook pane", async () => {
    const { rerender } = render(<App mode="starting" language="en" />);
    expect(screen.getByRole("status").textContent).toContain(STRINGS.en.app.starting);
    await act(async () => rerender(<App mode="outlook" language="en" config={DEFAULT_CONFIG} host={host} />));
    expect(screen.getByText(STRINGS.en.states.selectMessage)).toBeTruthy();
  });

  it("renders the warm-up's made-up result hidden from eyes and screen readers, and drops it for the pane", async () => {
    let rehearsal: Analysis | undefined;
    warmEngine(
      (analysis) => (rehearsal = analysis),
      (run) => run(),
    );
    const { rerender } = render(<App mode="starting" language="en" rehearsal={rehearsal} />);
    const hidden = screen.getByTestId("rehearsal");
    expect(hidden.hidden).toBe(true);
    expect(hidden.getAttribute("aria-hidden")).toBe("true");
    expect(hidden.textContent).toContain(STRINGS.en.verdict.dangerous.headline);
    // Only the skeleton is announced; no heading or button of the made-up result is reachable.
    expect(screen.getByRole("status").textContent).toContain(STRINGS.en.app.starting);
    expect(screen.queryAllByRole("button")).toEqual([]);
    expect(screen.queryByRole("heading")).toBeNull();
    await act(async () => rerender(<App mode="outlook" language="en" config={DEFAULT_CONFIG} host={host} />));
    expect(screen.queryByTestId("rehearsal")).toBeNull();
    expect(screen.queryByText(STRINGS.en.verdict.dangerous.headline)).toBeNull();
  });

  it("opened outside Outlook, points to the standalone message check, in the reader's language", () => {
    render(<App mode="outside" language="es" />);
    const link = screen.getByRole("link", { name: STRINGS.es.states.openStandalone });
    expect(link.getAttribute("href")).toBe(STANDALONE_PAGE);
    expect(screen.getByText(STRINGS.es.states.notOutlook)).toBeTruthy();
  });
});
