/** Where the pane page runs: inside Outlook, or opened some other way (a plain browser tab). */
export type HostMode = "outlook" | "outside";

/** How long Office.onReady may take before the pane counts as outside Outlook. */
export const OFFICE_READY_TIMEOUT_MS = 3000;

/** The part of office.js that decides the mode. */
export interface OfficeLike {
  onReady(): Promise<{ host: Office.HostType | null }>;
  HostType: { Outlook: Office.HostType };
  context?: { mailbox?: unknown };
}

/**
 * Calls `onMode` with the mode to show. Without office.js (it failed to load: a plain browser, offline),
 * or when Office reports no Outlook host, that is "outside". When Office.onReady has not answered
 * within `timeoutMs`, "outside" is reported first and "outlook" follows if Outlook turns up late.
 */
export function detectHost(
  office: OfficeLike | undefined,
  onMode: (mode: HostMode) => void,
  timeoutMs = OFFICE_READY_TIMEOUT_MS,
): void {
  if (!office) {
    onMode("outside");
    return;
  }
  let reported: HostMode | undefined;
  const report = (mode: HostMode) => {
    if (reported === mode || reported === "outlook") return;
    reported = mode;
    onMode(mode);
  };
  const timer = setTimeout(() => report("outside"), timeoutMs);
  Promise.resolve()
    .then(() => office.onReady())
    .then(
      (info) => {
        clearTimeout(timer);
        const outlook = info.host === office.HostType.Outlook && Boolean(office.context?.mailbox);
        report(outlook ? "outlook" : "outside");
      },
      () => {
        clearTimeout(timer);
        report("outside");
      },
    );
}
