/** @jest-environment jsdom */
import "./testPolyfills";
import { act } from "react";
import { DEFAULT_CONFIG } from "../config/defaults";
import { memoryFeedStore } from "../feed/refresh/feedStores";
import type { FeedStore } from "../feed/refresh/lastGoodFeed";
import { cleanup, render } from "./testUtils";
import { STORE_WAIT_MS, useFeed } from "./useFeed";

afterEach(() => {
  cleanup();
  jest.useRealTimers();
});

/** Shows whether useFeed has read the device's last good feed. */
function Probe({ store }: { store: FeedStore }) {
  const feed = useFeed(DEFAULT_CONFIG.feed, store);
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
});
