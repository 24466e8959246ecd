/** @jest-environment jsdom */
import "./testPolyfills";
import { act } from "react";
import type { Config } from "../config/configSchema";
import { DEFAULT_CONFIG } from "../config/defaults";
import { memoryFeedStore } from "../feed/refresh/feedStores";
import type { FeedStore } from "../feed/refresh/lastGoodFeed";
import { cleanup, render } from "./testUtils";
import { STORE_WAIT_MS, useFeed } from "./useFeed";

afterEach(() => {
  cleanup();
  jest.useRealTimers();
});

/** A configured feed whose server never answers: only the device's store matters here. */
const CONFIGURED = { url: "https://lists.example.org/feed.json", publicKeys: ["a key"], refreshHours: 6 };
const silentServer = () => new Promise<Response>(() => undefined);

/** Shows whether useFeed has read the device's last good feed. */
function Probe({ store, settings = CONFIGURED }: { store: FeedStore; settings?: Config["feed"] }) {
  const feed = useFeed(settings, store, silentServer);
  return <p>{feed.lastGoodRead ? "read" : "waiting"}</p>;
}

describe("useFeed's last good feed", () => {
  it("says when the device's store has answered", async () => {
    const { container } = await render(<Probe store={memoryFeedStore()} />);
    expect(container.textContent).toBe("read");
  });

  it("stops waiting for a store that never answers (a blocked IndexedDB)", async () => {
    jest.useFakeTimers();
    const silent: FeedStore = { get: () => new Promise(() => undefined), set: async () => undefined };
    const { container } = await render(<Probe store={silent} />);
    expect(container.textContent).toBe("waiting");
    await act(async () => jest.advanceTimersByTime(STORE_WAIT_MS - 1));
    expect(container.textContent).toBe("waiting");
    await act(async () => jest.advanceTimersByTime(1));
    expect(container.textContent).toBe("read");
  });

  it("waits for no store when no feed is configured: only the built-in list is used", async () => {
    const silent: FeedStore = { get: () => new Promise(() => undefined), set: async () => undefined };
    const { container } = await render(<Probe store={silent} settings={{ ...DEFAULT_CONFIG.feed }} />);
    expect(container.textContent).toBe("read");
  });
});
