import { useCommonStyles } from "./commonStyles";
import { OutboxList } from "./OutboxList";
import { ReportButton } from "./ReportButton";
import type { PaneReporting } from "./reporting";
import type { CheckResult } from "./useAnalysis";

/** The Report button and, below it, the reports still waiting to be sent. */
export function ReportPanel({ reporting, result }: { reporting: PaneReporting; result: CheckResult }) {
  const common = useCommonStyles();
  return (
    <div className={common.stack}>
      <ReportButton reporting={reporting} result={result} />
      <OutboxList reporting={reporting} />
    </div>
  );
}
