// First, so config.json is on its way before the rest of the bundle is set up.
import { requestConfig } from "./configRequest";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { App, type AppProps } from "./App";
import { detectHost } from "./detectHost";
import { usesDownloadedFeed } from "../feed/refresh/lastGoodFeed";
import { readStoredFeedEarly } from "./earlyStoredFeed";
import { pickLanguage } from "./i18n";
import { loadConfig } from "./loadConfig";
import { officeHost } from "./outlookHost";
import { markPerformance, OFFICE_READY_MARK } from "./performanceMarks";
import { lazyReporting } from "./lazyReporting";
import { browserThemeHints, pickTheme } from "./theme";
import { prepareFor } from "./useAnalysis";
import { warmEngine } from "./warmEngine";

// The task pane inside Outlook. office.js is a blocking script before this deferred bundle: by now it
// has either defined Office or failed to load (a plain browser, offline).
const office = (window as { Office?: typeof Office }).Office;
const root = createRoot(document.getElementById("container") as HTMLElement);
const browserLanguage = pickLanguage("auto", navigator.language);
const show = (props: AppProps) => root.render(<App {...props} />);
const FIRST_READ_WAIT_MS = 100;
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const starting = {
  mode: "starting",
  language: browserLanguage,
  theme: pickTheme(browserThemeHints()),
} as const;
show(starting);
let connected = false;

const settings = loadConfig(requestConfig);
// With a feed configured, the first check waits for the device's stored list: start reading it now.
void settings.then(({ config }) => usesDownloadedFeed(config.feed) && readStoredFeedEarly());
// Rendered at once, in the warm-up's own turn, and only while the pane still waits for Outlook.
warmEngine((rehearsal) => {
  if (!connected) flushSync(() => show({ ...starting, rehearsal }));
});

detectHost(office, (mode) => {
  connected = true;
  // `npm run bench` measures from here to the first settled view (see OutlookPane).
  if (mode === "outlook") markPerformance(OFFICE_READY_MARK);
  // The message is read while the configuration arrives and the pane renders.
  const host = mode === "outlook" && office ? officeHost(office) : undefined;
  // An international address's IDNA tables start loading as soon as the read shows the need.
  const reading = host?.readAhead()?.then(prepareFor, () => undefined);
  // The starting skeleton stays until the message is read (or FIRST_READ_WAIT_MS pass): the Outlook
  // view then goes from its mount to the verdict in one task, not through a skeleton of its own that
  // the browser would lay out and paint first.
  const ready = Promise.all([settings, Promise.race([reading, delay(FIRST_READ_WAIT_MS)])]);
  void ready.then(([{ config, notice }]) => {
    if (host && office) {
      const context = office.context;
      const language = pickLanguage(config.language, context.displayLanguage);
      // Reporting (issue 14): retries what waits in the outbox, and the Report button beside the verdict.
      const reporting = lazyReporting(office, config, language);
      // Rendered now, not in React's next turn, behind whatever else the page has queued.
      flushSync(() =>
        show({
          mode: "outlook",
          language,
          theme: pickTheme(browserThemeHints(context.officeTheme?.bodyBackgroundColor)),
          notice,
          config,
          host,
          reportAction: reporting.action,
          onSettled: reporting.start,
        }),
      );
    } else {
      const language = pickLanguage(config.language, navigator.language);
      show({ mode: "outside", language, theme: pickTheme(browserThemeHints()), notice });
    }
  });
});
