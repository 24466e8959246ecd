import { useEffect, useState, type ComponentType, type ReactNode } from "react";
import { ErrorBoundary } from "./ErrorBoundary";
import type { paneReporting, PaneReporting } from "./reporting";
import type { CheckResult } from "./useAnalysis";

export interface LazyReporting {
  /** Loads reporting and retries what waits in the outbox, once; call it after the first verdict. */
  start(): void;
  /** The Report button and the outbox for a result, shown as soon as their code is here. */
  action(result: CheckResult): ReactNode;
}

type Panel = ComponentType<{ result: CheckResult }>;

/**
 * Reporting — report building, delivery, the outbox and their views — is not needed for a verdict, so
 * it loads after one (a chunk of its own) instead of adding to the JavaScript read before it.
 */
export function lazyReporting(...args: Parameters<typeof paneReporting>): LazyReporting {
  let loading: Promise<PaneReporting> | undefined;
  let panel: Promise<Panel> | undefined;
  let started = false;
  const reporting = () =>
    (loading ??= import(/* webpackChunkName: "report" */ "./reporting").then((m) =>
      m.paneReporting(...args),
    ));
  const loadPanel = () =>
    (panel ??= Promise.all([import(/* webpackChunkName: "report" */ "./ReportPanel"), reporting()]).then(
      ([{ ReportPanel }, loaded]) =>
        function LoadedPanel({ result }: { result: CheckResult }) {
          return <ReportPanel reporting={loaded} result={result} />;
        },
    ));

  /** Fetches the panel's code once the verdict is on screen (an effect), not while it is rendered. */
  function ReportSlot({ result }: { result: CheckResult }) {
    const [shown, setShown] = useState<{ Panel?: Panel; error?: unknown }>({});
    useEffect(() => {
      let live = true;
      void loadPanel().then(
        (Panel) => live && setShown({ Panel }),
        (error: unknown) => live && setShown({ error: error ?? new Error("unknown error") }),
      );
      return () => {
        live = false;
      };
    }, []);
    // A chunk that fails to load shows where the Report button would be (the error boundary around).
    if (shown.error) throw shown.error;
    return shown.Panel ? <shown.Panel result={result} /> : null;
  }

  return {
    start() {
      if (started) return;
      started = true;
      void reporting().then(
        (r) => r.processDue(),
        () => undefined,
      );
    },
    action: (result) => (
      <ErrorBoundary>
        <ReportSlot result={result} />
      </ErrorBoundary>
    ),
  };
}
