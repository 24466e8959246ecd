import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { place, reasonText, whenText } from "../report/outcomeText";
import type { OutboxEntry } from "../report/outbox";
import { outcomeOf } from "../report/submitReport";
import { useCommonStyles } from "./commonStyles";
import { useLanguage, useStrings } from "./i18n";
import type { PaneReporting } from "./reporting";
import { useOutbox } from "./useOutbox";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
});

/** Reports waiting in the outbox (queued or failed), each with "Send now" and "Remove". */
export function OutboxList({ reporting }: { reporting: PaneReporting }) {
  const styles = useStyles();
  const common = useCommonStyles();
  const strings = useStrings().report;
  const language = useLanguage();
  const { entries, at } = useOutbox(reporting);
  const [busy, setBusy] = useState<string | null>(null);
  // Office add-ins cannot use window.confirm: the second click on "Remove" confirms.
  const [confirming, setConfirming] = useState<string | null>(null);
  if (entries.length === 0) return null;

  const status = (entry: OutboxEntry): string => {
    if (entry.state === "sending") return strings.outboxSending;
    const outcome = outcomeOf(entry, at);
    if (outcome.kind === "failed") return strings.outboxFailed(reasonText(outcome, language));
    if (outcome.kind === "queued" && outcome.needsSignIn) return strings.outboxNeedsSignIn;
    return strings.outboxWaiting(whenText(entry.nextAttemptAt, at, language));
  };
  const act = async (key: string, action: () => Promise<unknown>) => {
    setBusy(key);
    try {
      await action();
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-label={strings.outboxHeading(entries.length)} data-testid="outbox">
      <h2 className={common.h3}>{strings.outboxHeading(entries.length)}</h2>
      <ul className={styles.list}>
        {entries.map((entry) => (
          <li key={entry.key} data-testid="outbox-entry" data-state={entry.state}>
            <p className={`${common.p} ${common.wrap}`}>{entry.subject || strings.noSubject}</p>
            <p className={common.small}>
              {strings.outboxTo(place(entry.destination))} · {status(entry)}
            </p>
            <div className={styles.actions}>
              <Button
                size="small"
                disabledFocusable={busy !== null || entry.state === "sending"}
                onClick={() => void act(entry.key, () => reporting.retry(entry.key))}
              >
                {entry.lastError?.kind === "sign-in" ? strings.signIn : strings.retry}
              </Button>
              <Button
                size="small"
                appearance="subtle"
                disabledFocusable={busy !== null || entry.state === "sending"}
                onClick={() => {
                  if (confirming !== entry.key) setConfirming(entry.key);
                  else void act(entry.key, () => reporting.discard(entry.key));
                }}
              >
                {confirming === entry.key ? strings.discardConfirm : strings.discard}
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
