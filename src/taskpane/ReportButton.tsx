import { Button, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { MailArrowForwardRegular } from "@fluentui/react-icons";
import { useCommonStyles } from "./commonStyles";
import { errorMessage } from "./displayText";
import { useLanguage, useStrings } from "./i18n";
import { outcomeWords } from "./reportWords";
import type { PaneReporting } from "./reporting";
import type { CheckResult } from "./useAnalysis";
import { useReport } from "./useReport";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalS, justifyItems: "start" },
});

/**
 * The Report button beside the verdict, and what became of the report: sent (and where), kept for a
 * later retry (and when), a forward to send, or why not.
 */
export function ReportButton({ reporting, result }: { reporting: PaneReporting; result: CheckResult }) {
  const styles = useStyles();
  const common = useCommonStyles();
  const strings = useStrings().report;
  const language = useLanguage();
  const { state, report } = useReport(reporting, result);
  const signIn = state.status === "done" && state.outcome.kind === "queued" && state.outcome.needsSignIn;
  return (
    <div className={styles.root} data-testid="report">
      {state.status !== "done" || signIn ? (
        <Button
          appearance="primary"
          icon={state.status === "working" ? <Spinner size="tiny" /> : <MailArrowForwardRegular />}
          disabledFocusable={state.status === "working"}
          onClick={() => void report()}
          data-testid="report-button"
        >
          {state.status === "working" ? strings.working : signIn ? strings.signIn : strings.button}
        </Button>
      ) : null}
      <div role="status" aria-live="polite" data-testid="report-status">
        {state.status === "done" && (
          <p className={common.p} data-outcome={state.outcome.kind}>
            {outcomeWords(state.outcome, strings, language, state.at)}
            {(state.outcome.kind === "sent" || state.outcome.kind === "already") && ` ${strings.afterwards}`}
          </p>
        )}
        {state.status === "error" && (
          <p className={common.p} data-outcome="error">
            {strings.error(errorMessage(state.error, "?"))}
          </p>
        )}
      </div>
    </div>
  );
}
