/** Where the pane runs: inside Outlook, or as a plain page checking .eml files. */
export type HostMode = "outlook" | "standalone";

/** How long Office.onReady may take before the pane starts standalone. */
export const OFFICE_READY_TIMEOUT_MS = 3000;

/** The part of office.js that decides the mode. */
export interface OfficeLike {
  onReady(): Promise<{ host: Office.HostType | null }>;
  HostType: { Outlook: Office.HostType };
  context?: { mailbox?: unknown };
}

/**
 * Calls `onMode` with the mode to show. Without office.js (it failed to load: a plain browser, offline),
 * or when Office reports no Outlook host, that is "standalone". When Office.onReady has not answered
 * within `timeoutMs`, "standalone" is reported first and "outlook" follows if Outlook turns up late.
 */
export function detectHost(
  office: OfficeLike | undefined,
  onMode: (mode: HostMode) => void,
  timeoutMs = OFFICE_READY_TIMEOUT_MS,
): void {
  if (!office) {
    onMode("standalone");
    return;
  }
  let reported: HostMode | undefined;
  const report = (mode: HostMode) => {
    if (reported === mode || reported === "outlook") return;
    reported = mode;
    onMode(mode);
  };
  const timer = setTimeout(() => report("standalone"), timeoutMs);
  Promise.resolve()
    .then(() => office.onReady())
    .then(
      (info) => {
        clearTimeout(timer);
        const outlook = info.host === office.HostType.Outlook && Boolean(office.context?.mailbox);
        report(outlook ? "outlook" : "standalone");
      },
      () => {
        clearTimeout(timer);
        report("standalone");
      },
    );
}
