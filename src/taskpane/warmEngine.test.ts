import { DEFAULT_CONFIG } from "../config/defaults";
import { bundledFeed } from "../feed/bundledFeed";
import { sharedContext } from "./useAnalysis";
import { warmEngine } from "./warmEngine";

describe("the engine warm-up", () => {
  it("waits for its turn instead of running while the page's scripts load", () => {
    const jobs: (() => void)[] = [];
    warmEngine((run) => jobs.push(run));
    expect(jobs).toHaveLength(1);
    expect(() => jobs[0]()).not.toThrow();
  });

  it("leaves the default configuration's domain index for the pane's first check", () => {
    warmEngine((run) => run());
    const context = sharedContext(DEFAULT_CONFIG)();
    expect(context.domains.size.protected).toBeGreaterThan(0);
    expect(sharedContext(DEFAULT_CONFIG, bundledFeed())()).toBe(context);
  });

  it("builds another index for the admin's own configuration", () => {
    const admin = { ...DEFAULT_CONFIG, protectedDomains: ["campaign.example"] };
    const context = sharedContext(admin)();
    expect(context).not.toBe(sharedContext(DEFAULT_CONFIG)());
    expect(sharedContext(admin)()).toBe(context);
  });
});
