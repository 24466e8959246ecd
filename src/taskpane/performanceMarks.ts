/**
 * User-timing marks the pane leaves for `npm run bench` (bench/pane.ts): time from Office ready to the
 * first settled view (a verdict, "select a message", an error). They cost nothing and log nothing.
 */
export const OFFICE_READY_MARK = "campaignguard:office-ready";
export const SETTLED_MARK = "campaignguard:settled";

/** Leaves a mark where the browser has User Timing (test DOMs and some old hosts do not). */
export function markPerformance(name: string): void {
  if (typeof performance !== "undefined" && typeof performance.mark === "function") performance.mark(name);
}
