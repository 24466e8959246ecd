/** @jest-environment jsdom */
import "./testPolyfills";
import { DEFAULT_CONFIG } from "../config/defaults";
import { App } from "./App";
import { loadConfig } from "./loadConfig";
import type { OutlookHost } from "./OutlookPane";
import { cleanup, render, textOf } from "./testUtils";

afterEach(cleanup);

describe("App", () => {
  it("shows a calm notice and still works when config.json is not valid JSON", async () => {
    const settings = await loadConfig(async () => ({
      ok: true,
      status: 200,
      text: async () => "{ not json",
    }));
    const { container } = await render(<App mode="standalone" settings={settings} />);
    const notice = container.querySelector('[data-testid="config-notice"]');
    expect(notice).not.toBeNull();
    expect(textOf(notice as Element)).toMatch(
      /^Your organisation's CampaignGuard settings could not be read: .+\. Using defaults\.$/,
    );
    expect(textOf(container)).toContain("CampaignGuard message check");
  });

  it("shows no notice when there is no config.json", async () => {
    const settings = await loadConfig(async () => ({ ok: false, status: 404, text: async () => "" }));
    const { container } = await render(<App mode="standalone" settings={settings} />);
    expect(container.querySelector('[data-testid="config-notice"]')).toBeNull();
  });

  it("shows a spinner while starting, and the Outlook pane in Outlook", async () => {
    const { container, rerender } = await render(<App mode="starting" />);
    expect(textOf(container)).toContain("Starting CampaignGuard…");
    const host: OutlookHost = { currentItem: () => null, read: jest.fn(), watch: () => () => undefined };
    await rerender(<App mode="outlook" settings={{ config: DEFAULT_CONFIG }} host={host} />);
    expect(textOf(container)).toContain("Select a message to check it.");
  });
});
