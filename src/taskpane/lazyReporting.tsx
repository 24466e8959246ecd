import { lazy, Suspense, type ReactNode } from "react";
import { ErrorBoundary } from "./ErrorBoundary";
import type { paneReporting, PaneReporting } from "./reporting";
import type { CheckResult } from "./useAnalysis";

export interface LazyReporting {
  /** Loads reporting and retries what waits in the outbox, once; call it after the first verdict. */
  start(): void;
  /** The Report button and the outbox for a result, shown as soon as their code is here. */
  action(result: CheckResult): ReactNode;
}

/**
 * Reporting — report building, delivery, the outbox and their views — is not needed for a verdict, so
 * it loads after one (a chunk of its own) instead of adding to the JavaScript read before it.
 */
export function lazyReporting(...args: Parameters<typeof paneReporting>): LazyReporting {
  let loading: Promise<PaneReporting> | undefined;
  let started = false;
  const reporting = () =>
    (loading ??= import(/* webpackChunkName: "report" */ "./reporting").then((m) =>
      m.paneReporting(...args),
    ));
  const Panel = lazy(async () => {
    const [{ ReportPanel }, loaded] = await Promise.all([
      import(/* webpackChunkName: "report" */ "./ReportPanel"),
      reporting(),
    ]);
    return {
      default: ({ result }: { result: CheckResult }) => <ReportPanel reporting={loaded} result={result} />,
    };
  });
  return {
    start() {
      if (started) return;
      started = true;
      // A chunk that fails to load shows where the Report button would be (the error boundary below).
      void reporting().then(
        (r) => r.processDue(),
        () => undefined,
      );
    },
    action: (result) => (
      <ErrorBoundary>
        <Suspense fallback={null}>
          <Panel result={result} />
        </Suspense>
      </ErrorBoundary>
    ),
  };
}
