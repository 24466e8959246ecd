import { useCallback, useState } from "react";
import type { ReportOutcome } from "../report/submitReport";
import type { PaneReporting } from "./reporting";
import type { CheckResult } from "./useAnalysis";

export type ReportState =
  | { status: "idle" }
  | { status: "working" }
  /** `at`: when it was settled, for "in about N minutes". */
  | { status: "done"; outcome: ReportOutcome; at: number }
  | { status: "error"; error: unknown };

/** Reporting the checked message from the pane: one report at a time, reset for the next message. */
export function useReport(reporting: PaneReporting, result: CheckResult) {
  const [stored, setStored] = useState<{ result: CheckResult; state: ReportState } | null>(null);
  const report = useCallback(async () => {
    setStored({ result, state: { status: "working" } });
    let next: ReportState;
    try {
      next = { status: "done", outcome: await reporting.submit(result), at: Date.now() };
    } catch (error) {
      next = { status: "error", error };
    }
    // A late answer for a message no longer shown is dropped.
    setStored((current) => (current?.result === result ? { result, state: next } : current));
  }, [reporting, result]);
  const state: ReportState = stored?.result === result ? stored.state : { status: "idle" };
  return { state, report };
}
