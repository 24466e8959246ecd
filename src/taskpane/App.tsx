import { Link } from "@fluentui/react-components";
import { PlugDisconnectedRegular } from "@fluentui/react-icons";
import type { ReactNode } from "react";
import type { Config } from "../config/configSchema";
import type { Analysis } from "../engine";
import { useCommonStyles } from "./commonStyles";
import { useStrings } from "./i18n";
import { LoadingState } from "./LoadingState";
import { OutlookPane, type OutlookHost } from "./OutlookPane";
import { PaneHeader } from "./PaneHeader";
import { ResultView } from "./ResultView";
import { Shell, type ShellProps } from "./Shell";
import { StatusCard } from "./StatusCard";
import type { CheckResult } from "./useAnalysis";

/** Where the standalone message check lives, beside taskpane.html. */
export const STANDALONE_PAGE = "./";

export type AppProps = Omit<ShellProps, "children"> &
  (
    | {
        mode: "starting";
        /** A made-up result (warmEngine) rendered once out of sight, so the first real one is quick. */
        rehearsal?: Analysis;
      }
    | { mode: "outside" }
    | {
        mode: "outlook";
        config: Config;
        host: OutlookHost;
        reportAction?: (result: CheckResult) => ReactNode;
        /** After each settled view (a verdict, "select a message", an error). */
        onSettled?: () => void;
      }
  );

/**
 * The skeleton while Outlook connects. With a rehearsal: the result views rendered once, hidden from
 * eyes and screen readers, which inserts their styles and warms React's paths for them (60–70 ms of
 * the first verdict in Chromium) while the pane waits for Outlook anyway.
 */
function Starting({ rehearsal }: { rehearsal?: Analysis }) {
  const strings = useStrings();
  return (
    <>
      <LoadingState label={strings.app.starting} />
      {rehearsal && (
        <div hidden aria-hidden="true" data-testid="rehearsal">
          <PaneHeader title={strings.app.name} learning={false} onLearn={() => undefined} />
          <ResultView analysis={rehearsal} coverage={{ spoofs: 0, protected: 0 }} />
        </div>
      )}
    </>
  );
}

/** taskpane.html opened outside Outlook: say where it belongs and where to go instead. */
function OutsideOutlook() {
  const common = useCommonStyles();
  const strings = useStrings().states;
  return (
    <main data-testid="outside-outlook" className={common.stack}>
      <h1 className={common.h1}>{useStrings().app.name}</h1>
      <StatusCard tone="info" icon={<PlugDisconnectedRegular />}>
        <p className={common.p}>{strings.notOutlook}</p>
        <Link href={STANDALONE_PAGE}>{strings.openStandalone}</Link>
      </StatusCard>
    </main>
  );
}

/** The task pane page: starting, the pane inside Outlook, or a pointer elsewhere outside it. */
export function App(props: AppProps) {
  const { theme, language, notice } = props;
  return (
    <Shell theme={theme} language={language} notice={notice}>
      {props.mode === "starting" && <Starting rehearsal={props.rehearsal} />}
      {props.mode === "outside" && <OutsideOutlook />}
      {props.mode === "outlook" && (
        <OutlookPane
          host={props.host}
          config={props.config}
          reportAction={props.reportAction}
          onSettled={props.onSettled}
        />
      )}
    </Shell>
  );
}
