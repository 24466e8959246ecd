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
  const feed = useFeed(settings, { refresh: true, store, fetch: silentServer });
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

describe("useFeed's download", () => {
  /** Counts requests; none is answered, so only whether one was made matters. */
  function countingServer() {
    const urls: string[] = [];
    const fetchFn = (url: string) => {
      urls.push(url);
      return new Promise<Response>(() => undefined);
    };
    return { urls, fetchFn };
  }

  function Downloader(props: { refresh: boolean; fetchFn: (url: string) => Promise<Response> }) {
    const feed = useFeed(CONFIGURED, {
      refresh: props.refresh,
      store: memoryFeedStore(),
      fetch: props.fetchFn,
    });
    return <p>{feed.lastGoodRead ? "read" : "waiting"}</p>;
  }

  it("asks the feed's server nothing until the pane allows it, then asks at once", async () => {
    const server = countingServer();
    const { container, rerender } = await render(<Downloader refresh={false} fetchFn={server.fetchFn} />);
    expect(container.textContent).toBe("read");
    await act(async () => undefined);
    expect(server.urls).toEqual([]);
    await rerender(<Downloader refresh={true} fetchFn={server.fetchFn} />);
    await act(async () => undefined);
    expect(server.urls).toEqual([CONFIGURED.url]);
  });

  it("says the built-in list is used, without downloading anything, when no feed is configured", async () => {
    const server = countingServer();
    function Status() {
      const feed = useFeed({ ...DEFAULT_CONFIG.feed }, { refresh: true, fetch: server.fetchFn });
      return <p>{feed.status?.kind ?? "none"}</p>;
    }
    const { container } = await render(<Status />);
    expect(container.textContent).toBe("bundled-only");
    expect(server.urls).toEqual([]);
  });
});
