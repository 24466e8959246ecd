import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { MailRegular } from "@fluentui/react-icons";
import { useCallback, useEffect, useState } from "react";
import type { Config } from "../config/configSchema";
import type { MessageSnapshot } from "../engine";
import { useCommonStyles } from "./commonStyles";
import { errorMessage } from "./displayText";
import { ErrorState } from "./ErrorState";
import { LoadingState } from "./LoadingState";
import { ResultView } from "./ResultView";
import { StatusCard } from "./StatusCard";
import { useAnalysis } from "./useAnalysis";

/** What the pane needs from Outlook; `officeHost` wires it to office.js, tests pass a fake. */
export interface OutlookHost {
  /** The message open right now, or null (a pinned pane with nothing selected). */
  currentItem(): Office.MessageRead | null;
  read(item: Office.MessageRead): Promise<MessageSnapshot>;
  /** Calls back on every change of the open message; returns the unsubscribe function. */
  watch(onChange: (item: Office.MessageRead | null) => void): () => void;
}

const useStyles = makeStyles({
  title: { color: tokens.colorNeutralForeground2 },
});

interface ItemRequest {
  item: Office.MessageRead;
}

/** The task pane inside Outlook: checks the open message, and the next one when the pane is pinned. */
export function OutlookPane({ host, config }: { host: OutlookHost; config: Config }) {
  const styles = useStyles();
  const common = useCommonStyles();
  const [request, setRequest] = useState<ItemRequest | null>(() => {
    const item = host.currentItem();
    return item ? { item } : null;
  });
  useEffect(() => host.watch((item) => setRequest(item ? { item } : null)), [host]);
  const load = useCallback((r: ItemRequest) => host.read(r.item), [host]);
  const state = useAnalysis(request, load, config);
  const retry = () => setRequest((r) => (r ? { item: r.item } : r));

  return (
    <main className={common.stack}>
      <h1 className={mergeClasses(common.h3, styles.title)}>CampaignGuard</h1>
      <div aria-live="polite">
        {state.status === "idle" && (
          <StatusCard tone="info" icon={<MailRegular />}>
            <p className={common.p}>Select a message to check it.</p>
          </StatusCard>
        )}
        {state.status === "loading" && <LoadingState label="Checking this message…" />}
        {state.status === "error" && (
          <ErrorState
            message={`CampaignGuard could not read this message: ${errorMessage(state.error)}`}
            hint="Try again. If it keeps failing, close the message and open it again."
            onRetry={retry}
          />
        )}
        {state.status === "done" && (
          <ResultView
            analysis={state.result.analysis}
            language={config.language}
            coverage={state.result.coverage}
          />
        )}
      </div>
    </main>
  );
}
