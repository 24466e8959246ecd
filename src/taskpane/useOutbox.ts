import { useEffect, useState } from "react";
import type { OutboxEntry } from "../report/outbox";
import type { PaneReporting } from "./reporting";

/** Longest wait between two looks at the outbox while the pane is open. */
const MAX_WAIT_MS = 15 * 60_000;

/**
 * The reports waiting in the outbox, kept current, and when they were read. While mounted, due reports are retried (without
 * any sign-in window) on open and whenever the next one falls due.
 */
export function useOutbox(reporting: PaneReporting): { entries: OutboxEntry[]; at: number } {
  const [view, setView] = useState<{ entries: OutboxEntry[]; at: number }>({ entries: [], at: 0 });
  useEffect(() => {
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = async () => {
      const waiting = await reporting.outbox.waiting().catch(() => []);
      if (!alive) return;
      setView({ entries: waiting, at: Date.now() });
      const next = await reporting.outbox.nextDue().catch(() => undefined);
      if (!alive) return;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      if (next !== undefined) {
        const wait = Math.min(MAX_WAIT_MS, Math.max(1000, next - Date.now()));
        timer = setTimeout(() => void reporting.processDue(), wait);
      }
    };
    const unsubscribe = reporting.subscribe(() => void refresh());
    void reporting.processDue();
    void refresh();
    return () => {
      alive = false;
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [reporting]);
  return view;
}
