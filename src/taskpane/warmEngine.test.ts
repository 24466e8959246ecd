import { DEFAULT_CONFIG } from "../config/defaults";
import * as engine from "../engine";
import type { Analysis } from "../engine";
import { bundledFeed } from "../feed/bundledFeed";
import { sharedContext } from "./useAnalysis";
import { warmEngine } from "./warmEngine";

describe("the engine warm-up", () => {
  it("waits for its turn instead of running while the page's scripts load", () => {
    const jobs: (() => void)[] = [];
    const done = jest.fn();
    warmEngine(done, (run) => jobs.push(run));
    expect(jobs).toHaveLength(1);
    expect(done).not.toHaveBeenCalled();
    jobs[0]();
    expect(done).toHaveBeenCalledTimes(1);
  });

  it("leaves the default configuration's domain index for the pane's first check", () => {
    warmEngine(undefined, (run) => run());
    const context = sharedContext(DEFAULT_CONFIG)();
    expect(context.domains.size.protected).toBeGreaterThan(0);
    expect(sharedContext(DEFAULT_CONFIG, bundledFeed())()).toBe(context);
  });

  it("hands over a result with findings of every group, for the pane to render out of sight once", () => {
    let result: Analysis | undefined;
    warmEngine(
      (analysis) => (result = analysis),
      (run) => run(),
    );
    expect(result?.verdict).toBe("dangerous");
    const kinds = new Set(result?.findings.map((f) => f.category));
    expect([...kinds]).toEqual(
      expect.arrayContaining(["attachments", "authentication", "content", "links", "sender"]),
    );
  });

  it("also builds the script tables a first international host needs", () => {
    const prepare = jest.spyOn(engine, "prepareScriptTables");
    let result: Analysis | undefined;
    warmEngine(
      (analysis) => (result = analysis),
      (run) => run(),
    );
    expect(prepare).toHaveBeenCalledTimes(1);
    expect(result?.verdict).toBe("dangerous");
    prepare.mockRestore();
  });

  it("builds another index for the admin's own configuration", () => {
    const admin = { ...DEFAULT_CONFIG, protectedDomains: ["campaign.example"] };
    const context = sharedContext(admin)();
    expect(context).not.toBe(sharedContext(DEFAULT_CONFIG)());
    expect(sharedContext(admin)()).toBe(context);
  });
});
