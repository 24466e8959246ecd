/** @jest-environment jsdom */
import "./testPolyfills";
import { screen } from "@testing-library/react";
import { emptySnapshot } from "../engine";
import { lazyReporting } from "./lazyReporting";
import { paneReporting, type PaneReporting } from "./reporting";
import { renderInPane } from "./testUtils";
import type { CheckResult } from "./useAnalysis";

jest.mock("./reporting", () => ({ paneReporting: jest.fn() }));
jest.mock("./ReportPanel", () => ({
  ReportPanel: ({ reporting, result }: { reporting: PaneReporting; result: CheckResult }) => (
    <p>
      Report in {reporting.language} for {result.analysis.verdict}
    </p>
  ),
}));

const create = jest.mocked(paneReporting);
const office = { context: { mailbox: {}, requirements: { isSetSupported: () => true } } };
const config = {} as Parameters<typeof paneReporting>[1];

function fakeReporting(): PaneReporting {
  return { language: "es", processDue: jest.fn(async () => undefined) } as unknown as PaneReporting;
}

const result = {
  snapshot: emptySnapshot("outlook"),
  analysis: { verdict: "dangerous" },
  coverage: { spoofs: 1, protected: 1 },
} as unknown as CheckResult;

beforeEach(() => create.mockReset());

describe("lazyReporting", () => {
  it("loads nothing until asked, then retries the outbox once however often it is started", async () => {
    const reporting = fakeReporting();
    create.mockReturnValue(reporting);
    const lazy = lazyReporting(office, config, "es");
    expect(create).not.toHaveBeenCalled();
    lazy.start();
    lazy.start();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(create).toHaveBeenCalledTimes(1);
    expect(create).toHaveBeenCalledWith(office, config, "es");
    expect(reporting.processDue).toHaveBeenCalledTimes(1);
  });

  it("shows the report panel for a result once its code has loaded, with the one reporting", async () => {
    create.mockReturnValue(fakeReporting());
    const lazy = lazyReporting(office, config, "es");
    renderInPane(<>{lazy.action(result)}</>);
    expect(await screen.findByText("Report in es for dangerous")).toBeTruthy();
    lazy.start();
    expect(create).toHaveBeenCalledTimes(1);
  });
});
