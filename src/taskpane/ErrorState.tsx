import { Button, makeStyles, mergeClasses } from "@fluentui/react-components";
import { ArrowClockwiseRegular, ErrorCircleFilled } from "@fluentui/react-icons";
import { useCommonStyles } from "./commonStyles";
import { useStrings } from "./i18n";
import { StatusCard } from "./StatusCard";

const useStyles = makeStyles({
  action: { alignSelf: "flex-start" },
});

interface ErrorStateProps {
  /** What went wrong, in one sentence. */
  message: string;
  /** The way forward. */
  hint?: string;
  onRetry?: () => void;
}

/** A failure said plainly, with the way forward; never a blank pane or a stack trace. */
export function ErrorState({ message, hint, onRetry }: ErrorStateProps) {
  const styles = useStyles();
  const common = useCommonStyles();
  const strings = useStrings().states;
  return (
    <div data-testid="error">
      <StatusCard tone="danger" icon={<ErrorCircleFilled />}>
        <p className={mergeClasses(common.p, common.strong)}>{message}</p>
        {hint && <p className={common.p}>{hint}</p>}
        {onRetry && (
          <Button className={styles.action} icon={<ArrowClockwiseRegular />} onClick={onRetry}>
            {strings.tryAgain}
          </Button>
        )}
      </StatusCard>
    </div>
  );
}
