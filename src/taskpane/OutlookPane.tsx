import { makeStyles, tokens } from "@fluentui/react-components";
import { CalendarRegular, MailRegular } from "@fluentui/react-icons";
import { useCallback, useEffect, useState, type ReactNode } from "react";
import type { Config } from "../config/configSchema";
import type { MessageSnapshot } from "../engine";
import { useCommonStyles } from "./commonStyles";
import { errorMessage } from "./displayText";
import { ErrorState } from "./ErrorState";
import { FeedNotice, noticeInForce } from "./FeedNotice";
import { FeedStatusLine } from "./FeedStatusLine";
import { useStrings } from "./i18n";
import { LearnView } from "./LearnView";
import { LoadingState } from "./LoadingState";
import { PaneHeader } from "./PaneHeader";
import { markPerformance, SETTLED_MARK } from "./performanceMarks";
import { ResultView } from "./ResultView";
import { StatusCard } from "./StatusCard";
import { useAnalysis, type AnalysisState, type CheckResult } from "./useAnalysis";
import { useFeed } from "./useFeed";

/** What is selected in Outlook: a message, nothing, or an item that is not mail (a meeting, a task). */
export type Selection = Office.MessageRead | null | "not-mail";

/** What the pane needs from Outlook; `officeHost` wires it to office.js, tests pass a fake. */
export interface OutlookHost {
  currentItem(): Selection;
  read(item: Office.MessageRead): Promise<MessageSnapshot>;
  /** Calls back on every change of the open item; returns the unsubscribe function. */
  watch(onChange: (selection: Selection) => void): () => void;
  /** Outlook on a phone, which gives add-ins less of the message (said once, above the result). */
  mobile?: boolean;
}

const useStyles = makeStyles({
  stale: { opacity: 0.45, pointerEvents: "none" },
  updating: { display: "grid", gap: tokens.spacingVerticalS },
});

const LOADING: AnalysisState = { status: "loading" };

interface ItemRequest {
  item: Office.MessageRead;
}

const requestFor = (selection: Selection): ItemRequest | null =>
  selection && selection !== "not-mail" ? { item: selection } : null;

/**
 * The task pane inside Outlook: checks the open message, and the next one when the pane is pinned.
 * While the next message is read, the last result stays in place, faded and marked as being
 * replaced, so a pinned pane does not flash empty between messages.
 */
export function OutlookPane({
  host,
  config,
  reportAction,
  onSettled,
}: {
  host: OutlookHost;
  config: Config;
  /** The Report button for a result, placed in its verdict banner. */
  reportAction?: (result: CheckResult) => ReactNode;
  /** After each settled view: what can wait until a verdict is shown starts here. */
  onSettled?: () => void;
}) {
  const styles = useStyles();
  const common = useCommonStyles();
  const strings = useStrings();
  const [selection, setSelection] = useState<Selection>(() => host.currentItem());
  const [request, setRequest] = useState<ItemRequest | null>(() => requestFor(selection));
  const [learning, setLearning] = useState(false);
  useEffect(
    () =>
      host.watch((next) => {
        setSelection(next);
        setRequest(requestFor(next));
      }),
    [host],
  );
  const load = useCallback((r: ItemRequest) => host.read(r.item), [host]);
  // The domain list is downloaded once a first view has settled, not while the first verdict is made.
  const [verdictShown, setVerdictShown] = useState(false);
  const feed = useFeed(config.feed, { refresh: verdictShown });
  // The first check waits for the device's last good feed (a few milliseconds): checked against the
  // bundled list alone, a message from a spoof domain listed since could show "no warning signs" first.
  const analysis = useAnalysis(feed.lastGoodRead ? request : null, load, config, feed.feed);
  const state = request !== null && !feed.lastGoodRead ? LOADING : analysis;
  if (state.status !== "loading" && !verdictShown) setVerdictShown(true);
  // Dismissing the feed's notice hides it for this message; the next message shows it again.
  const [noticeDismissedFor, setNoticeDismissedFor] = useState<ItemRequest | null>(null);
  const notice = feed.feed.notice;
  const showNotice =
    !learning && request !== null && noticeDismissedFor !== request && noticeInForce(notice, new Date());
  // The last result stays while the next message loads; it goes when there is nothing to show.
  const [shown, setShown] = useState<CheckResult | null>(null);
  const keep = state.status === "done" ? state.result : state.status === "loading" ? shown : null;
  if (keep !== shown) setShown(keep);
  const retry = () => setRequest((r) => (r ? { item: r.item } : r));
  useEffect(() => {
    if (state.status === "loading") return;
    markPerformance(SETTLED_MARK);
    onSettled?.();
  }, [state, onSettled]);

  let body: ReactNode;
  if (learning) body = <LearnView />;
  else if (selection === "not-mail")
    body = (
      <StatusCard tone="info" icon={<CalendarRegular />}>
        <p className={common.p}>{strings.states.notMail}</p>
      </StatusCard>
    );
  else if (state.status === "idle")
    body = (
      <StatusCard tone="info" icon={<MailRegular />}>
        <p className={common.p}>{strings.states.selectMessage}</p>
      </StatusCard>
    );
  else if (state.status === "error")
    body = (
      <ErrorState
        message={strings.states.couldNotRead(errorMessage(state.error, strings.states.unknownError))}
        hint={strings.states.readHint}
        onRetry={retry}
      />
    );
  else if (state.status === "done")
    body = (
      <ResultView
        analysis={state.result.analysis}
        coverage={state.result.coverage}
        action={reportAction?.(state.result)}
      />
    );
  else if (shown)
    body = (
      <div className={styles.updating} aria-busy="true">
        <p className={common.small} role="status">
          {strings.states.checkingNext}
        </p>
        <div className={styles.stale} aria-hidden="true">
          <ResultView analysis={shown.analysis} coverage={shown.coverage} />
        </div>
      </div>
    );
  else body = <LoadingState label={strings.states.checking} />;

  return (
    <main className={common.stack}>
      <PaneHeader title={strings.app.name} learning={learning} onLearn={setLearning} />
      {host.mobile && !learning && (
        <p className={common.small} data-testid="mobile-note">
          {strings.states.mobile}
        </p>
      )}
      {showNotice && notice && (
        <FeedNotice notice={notice} onDismiss={() => setNoticeDismissedFor(request)} />
      )}
      <div aria-live="polite">{body}</div>
      {!learning && <FeedStatusLine state={feed} />}
    </main>
  );
}
