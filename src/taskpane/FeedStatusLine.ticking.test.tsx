/** @jest-environment jsdom */
import "./testPolyfills";
import { act, screen } from "@testing-library/react";
import { bundledFeed } from "../feed/bundledFeed";
import { FeedStatusLine } from "./FeedStatusLine";
import { renderInPane } from "./testUtils";

afterEach(() => jest.useRealTimers());

it("keeps the domain list's age true while the pane stays open", () => {
  jest.useFakeTimers({ now: new Date("2026-06-15T12:00:00Z") });
  const state = {
    feed: { ...bundledFeed(), version: 42 },
    origin: "remote" as const,
    fetchedAt: "2026-06-15T09:00:00Z",
    status: { kind: "current" as const, skipped: 0 },
  };
  renderInPane(<FeedStatusLine state={state} />);
  expect(screen.getByTestId("feed-status").textContent).toBe("Domain list: version 42, updated 3 h ago.");
  act(() => jest.advanceTimersByTime(2 * 3_600_000));
  expect(screen.getByTestId("feed-status").textContent).toBe("Domain list: version 42, updated 5 h ago.");
});
